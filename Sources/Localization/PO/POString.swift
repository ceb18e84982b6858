/// Quoted PO strings: `"text"` with C escapes.
enum POString {
    /// The value of the quoted string that `text` starts with; only spaces may follow it.
    static func parse(_ text: Substring, path: String, line: Int) throws(LocalizationError) -> String {
        var characters = text.unicodeScalars.dropFirst()
        var value = String.UnicodeScalarView()
        while let scalar = characters.popFirst() {
            switch scalar {
            case "\"":
                guard characters.allSatisfy({ $0 == " " || $0 == "\t" }) else {
                    throw .unexpectedLine(path: path, line: line, text: String(text))
                }
                return String(value)
            case "\\":
                value.append(try unescape(&characters, path: path, line: line))
            default:
                value.append(scalar)
            }
        }
        throw .unterminatedString(path: path, line: line)
    }

    private static func unescape(
        _ characters: inout Substring.UnicodeScalarView.SubSequence, path: String, line: Int
    ) throws(LocalizationError) -> Unicode.Scalar {
        guard let next = characters.popFirst() else { throw .unterminatedString(path: path, line: line) }
        switch next {
        case "n": return "\n"
        case "t": return "\t"
        case "r": return "\r"
        case "a": return "\u{07}"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "v": return "\u{0B}"
        case "\\", "\"", "'", "?": return next
        case "x":
            let digits = String(String.UnicodeScalarView(characters.prefix { $0.properties.isASCIIHexDigit }.prefix(2)))
            characters = characters.dropFirst(digits.unicodeScalars.count)
            guard let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else {
                throw .invalidEscape(path: path, line: line, sequence: "\\x" + digits)
            }
            return scalar
        case "0"..."7":
            let more = characters.prefix { ("0"..."7").contains($0) }.prefix(2)
            characters = characters.dropFirst(more.count)
            let digits = String(next) + String(String.UnicodeScalarView(more))
            guard let code = UInt32(digits, radix: 8), let scalar = Unicode.Scalar(code) else {
                throw .invalidEscape(path: path, line: line, sequence: "\\" + digits)
            }
            return scalar
        default:
            throw .invalidEscape(path: path, line: line, sequence: "\\" + String(next))
        }
    }
}
