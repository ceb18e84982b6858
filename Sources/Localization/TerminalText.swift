/// Text from a cloud, a provider or a plugin made safe to print on a terminal or write to a log.
///
/// A server name is whatever its owner (or a hostile cloud) typed: an escape sequence in it could
/// recolour the screen, move the cursor, retitle the window or hide the rest of a line, and a
/// bidirectional override could show an id reversed. Here every such character becomes visible
/// text instead: C0 and C1 controls (ESC included) and DEL as `\x1b`, bidirectional controls as
/// `\u{202e}`. `--json` output never goes through here; it keeps the exact text.
///
/// A backslash is left as it is, so a name that really is `\x1b` reads the same as an escaped
/// ESC; the alternative, doubling every backslash, would garble Windows-style names.
public enum TerminalText {
    /// `text` with every control and bidirectional control shown as an escape; with
    /// `keepingLayout`, line feeds and tabs stay (for whole blocks of output whose layout
    /// Exosphere made), otherwise they are escaped too (for one value or one line).
    public static func escaped(_ text: String, keepingLayout: Bool = false) -> String {
        // Most names are plain ASCII: nothing to do, and no copy.
        if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) || (keepingLayout && ($0 == 0x0A || $0 == 0x09)) }) {
            return text
        }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingLayout && (scalar == "\n" || scalar == "\t") {
                result.append(scalar)
            } else if let escape = escape(for: scalar) {
                result.append(contentsOf: escape.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The visible form of `scalar`, or `nil` when it prints as itself.
    private static func escape(for scalar: Unicode.Scalar) -> String? {
        let value = scalar.value
        switch value {
        case 0x00..<0x20, 0x7F, 0x80..<0xA0:
            let hex = String(value, radix: 16)
            return "\\x" + (hex.count < 2 ? "0" + hex : hex)
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return "\\u{" + String(value, radix: 16) + "}"
        default:
            return nil
        }
    }
}
