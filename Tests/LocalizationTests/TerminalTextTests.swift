import Testing

import Localization

struct TerminalTextTests {
    @Test(
        "controls, DEL and bidirectional controls are shown as visible escapes",
        arguments: [
            ("red\u{1B}[31m", "red\\x1b[31m"),
            ("bell\u{07}", "bell\\x07"),
            ("del\u{7F}", "del\\x7f"),
            ("csi\u{9B}2J", "csi\\x9b2J"),
            ("nul\u{0}", "nul\\x00"),
            ("line\nbreak\ttab\r", "line\\x0abreak\\x09tab\\x0d"),
            ("evil\u{202E}gnp.exe", "evil\\u{202e}gnp.exe"),
            ("\u{2066}iso\u{2069}", "\\u{2066}iso\\u{2069}"),
            ("mark\u{200E}\u{200F}\u{061C}", "mark\\u{200e}\\u{200f}\\u{61c}"),
        ])
    func escapes(raw: String, shown: String) {
        #expect(TerminalText.escaped(raw) == shown)
    }

    @Test("printable text, accents and emoji are left alone")
    func plain() {
        for text in ["web-1", "servidor-ñandú", "サーバー", "🚀 launch", "C:\\path"] {
            #expect(TerminalText.escaped(text) == text)
        }
    }

    @Test("keeping the layout leaves line feeds and tabs but still escapes ESC")
    func keepingLayout() {
        #expect(TerminalText.escaped("a\tb\n\u{1B}]0;title\u{07}\n", keepingLayout: true) == "a\tb\n\\x1b]0;title\\x07\n")
    }

    @Test("escaping twice changes nothing more")
    func idempotent() {
        let once = TerminalText.escaped("x\u{1B}[2J\u{202E}y")
        #expect(TerminalText.escaped(once) == once)
    }
}
