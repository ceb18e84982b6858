extension SwiftMessageScanner {
    /// Reads the string literal at the current position; `nil` (with a problem recorded when
    /// `reference` is not empty) when there is none or it interpolates values.
    mutating func literal(reference: String) -> String? {
        guard take("\"") else {
            if !reference.isEmpty { record(reference, "the message is not a string literal") }
            return nil
        }
        let multiLine = take("\"\"")
        var raw = ""
        var escaped = false
        while let character = next() {
            if !escaped && character == "\"" && (!multiLine || take("\"\"")) {
                return decode(multiLine ? Self.stripIndentation(raw) : raw, reference: reference)
            }
            escaped = !escaped && character == "\\"
            raw.append(character)
        }
        if !reference.isEmpty { record(reference, "the string literal is not closed") }
        return nil
    }

    /// A multi-line literal's lines without the closing delimiter's indentation, as Swift does.
    static func stripIndentation(_ raw: String) -> String {
        var lines = raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indentation = lines.last?.prefix { $0 == " " } ?? ""
        lines.removeFirst()
        lines.removeLast()
        return lines.map { $0.hasPrefix(indentation) ? String($0.dropFirst(indentation.count)) : $0 }
            .joined(separator: "\n")
    }

    /// Decodes escapes; a backslash before a line end joins the lines, as in Swift.
    private mutating func decode(_ raw: String, reference: String) -> String? {
        var result = ""
        var iterator = raw.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            switch iterator.next() {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "\"": result.append("\"")
            case "\\": result.append("\\")
            case "'": result.append("'")
            case "\n": continue
            default:
                if !reference.isEmpty { record(reference, "the message interpolates or uses an unsupported escape") }
                return nil
            }
        }
        return result
    }
}
