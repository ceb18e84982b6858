import Foundation
import Localization

/// Where the command's words go: results to standard output, everything about the run (errors,
/// warnings, timing) to standard error, so `--json` output stays parseable.
///
/// Text for people goes through ``TerminalText`` here, whatever the caller did, so nothing a cloud
/// sent (a name with an escape sequence in it) can drive the terminal; bytes (`--json`) are
/// written as they are.
enum Console {
    /// Writes `text` for people to standard output, with controls other than line feeds and tabs
    /// shown as escapes (``TerminalText``).
    ///
    /// When the reader has gone (`exosphere server list | head`), the process ends at once with
    /// status 141, as a command killed by SIGPIPE does, instead of writing on into a closed pipe.
    static func out(_ text: String) {
        out(Data(TerminalText.escaped(text, keepingLayout: true).utf8))
    }

    /// Writes `bytes` to standard output exactly as they are; see ``out(_:)-(String)``.
    static func out(_ bytes: Data) {
        do {
            try FileHandle.standardOutput.write(contentsOf: bytes)
        } catch {
            exit(141)
        }
    }

    /// Writes one line to standard error, made terminal-safe as ``out(_:)-(String)`` makes text; a
    /// closed standard error loses the line, nothing more.
    ///
    /// Anything written to standard output through the C library's buffer (argument-parser's
    /// `print`) is flushed first, so a table and the message after it never interleave when both
    /// go to one terminal or file.
    static func err(_ line: String) {
        // nil: every C stream; naming `stdout` is shared mutable state to Swift 6.
        fflush(nil)
        try? FileHandle.standardError.write(contentsOf: Data((TerminalText.escaped(line, keepingLayout: true) + "\n").utf8))
    }

    /// Writes `value` to standard output as pretty, key-sorted JSON followed by a newline.
    static func json(_ value: some Encodable) throws {
        out(try JSONOutput.encoder().encode(value) + Data("\n".utf8))
    }

}
