/// Finds `LocalizableMessage("…"` literals in Swift source, single-line or `"""` multi-line, with
/// an optional `plural: "…"` right after the call's closing parenthesis.
struct SwiftMessageScanner {
    let characters: [Character]
    private let file: String
    var position = 0
    private(set) var messages: [ExtractedMessage] = []
    var problems: [ExtractionProblem] = []

    init(source: String, file: String) {
        self.characters = Array(source)
        self.file = file
    }

    private static let call = Array("LocalizableMessage(")
    private static let extractedElsewhere = "// msgids extracted elsewhere"

    /// The whole source line around `index`.
    private func lineText(at index: Int) -> String {
        var start = index
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        var end = index
        while end < characters.count, characters[end] != "\n" { end += 1 }
        return String(characters[start..<end])
    }

    mutating func scan() {
        while let start = nextCall() {
            position = start + Self.call.count
            guard !isInLineComment(start) else { continue }
            skipWhitespace()
            let reference = file + ":" + String(line(at: start))
            guard characters[position...].first == "\"" else {
                // A call marked `// msgids extracted elsewhere` (the web UI's template
                // translation, whose ids come from the .mustache files) is not a problem.
                if !lineText(at: start).contains(Self.extractedElsewhere) {
                    variableTemplates(before: start, reference: reference)
                }
                continue
            }
            // An empty literal is a placeholder, never a message (in a .po file "" is the header).
            guard let msgid = literal(reference: reference), !msgid.isEmpty else { continue }
            var plural: String?
            if skipBalancedArguments() {
                skipWhitespace()
                if take(",") {
                    skipWhitespace()
                    if take("plural:") {
                        skipWhitespace()
                        plural = literal(reference: reference)
                    }
                }
            }
            messages.append(ExtractedMessage(msgid: msgid, msgidPlural: plural, references: [reference]))
        }
    }

    /// `LocalizableMessage(template, …)` where `template` is chosen by a `switch` above: every
    /// literal with a space between the enclosing `var` or `func` and the call is a message.
    private mutating func variableTemplates(before call: Int, reference: String) {
        let afterCall = position
        var start = call
        while start > 0 {
            start -= 1
            if characters[start] == "\n" {
                let line = String(characters[(start + 1)..<call]).drop { $0 == " " }
                if ["var ", "func ", "static func ", "private var ", "public var "].contains(where: line.hasPrefix) { break }
            }
        }
        position = start
        var found = false
        while position < call {
            guard characters[position] == "\"" else {
                position += 1
                continue
            }
            let literalLine = file + ":" + String(line(at: position))
            if let text = literal(reference: ""), text.contains(" ") {
                messages.append(ExtractedMessage(msgid: text, msgidPlural: nil, references: [literalLine]))
                found = true
            }
        }
        if !found { record(reference, "the message is not a string literal") }
        position = afterCall
    }

    private func nextCall() -> Int? {
        var index = position
        while index + Self.call.count <= characters.count {
            if characters[index] == "L", characters[index..<index + Self.call.count].elementsEqual(Self.call),
                index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber)
            {
                return index
            }
            index += 1
        }
        return nil
    }

    private func isInLineComment(_ index: Int) -> Bool {
        var start = index
        while start > 0, characters[start - 1] != "\n" { start -= 1 }
        return String(characters[start..<index]).contains("//")
    }

    private func line(at index: Int) -> Int {
        characters[..<index].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }

    mutating func next() -> Character? {
        guard position < characters.count else { return nil }
        position += 1
        return characters[position - 1]
    }

    mutating func record(_ reference: String, _ problem: String) {
        problems.append(ExtractionProblem(reference: reference, problem: problem))
    }

    private mutating func skipWhitespace() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    mutating func take(_ token: String) -> Bool {
        guard characters[position...].starts(with: token) else { return false }
        position += token.count
        return true
    }

    /// Skips to just after the `)` that closes the call, stepping over nested brackets and strings.
    private mutating func skipBalancedArguments() -> Bool {
        var depth = 1
        while position < characters.count {
            let character = characters[position]
            if character == "\"" {
                _ = literal(reference: "")
                continue
            }
            position += 1
            if "([{".contains(character) { depth += 1 }
            if ")]}".contains(character) { depth -= 1 }
            if depth == 0 { return true }
        }
        return false
    }
}
