/// Nova matches the `name` filter as a regular expression in the database. This supports the
/// subset clients use: case-insensitive search anywhere in the name, `^` and `$` anchors, `.` for
/// any character and `.*` for any run. Matching is linear in the name for each pattern position,
/// so no pattern can make it slow.
struct ServerNamePattern {
    private enum Token: Equatable {
        case literal(Character)
        case any
        case anyRun
    }

    private let tokens: [Token]
    private let anchoredStart: Bool
    private let anchoredEnd: Bool

    init(_ pattern: String) {
        var body = Array(pattern.lowercased())
        anchoredStart = body.first == "^"
        if anchoredStart { body.removeFirst() }
        anchoredEnd = body.last == "$"
        if anchoredEnd { body.removeLast() }
        var tokens: [Token] = []
        var index = 0
        while index < body.count {
            if body[index] == ".", index + 1 < body.count, body[index + 1] == "*" {
                if tokens.last != .anyRun { tokens.append(.anyRun) }
                index += 2
            } else {
                tokens.append(body[index] == "." ? .any : .literal(body[index]))
                index += 1
            }
        }
        // An unanchored end is the same as a trailing `.*`; an unanchored start a leading one.
        if !anchoredStart, tokens.first != .anyRun { tokens.insert(.anyRun, at: 0) }
        if !anchoredEnd, tokens.last != .anyRun { tokens.append(.anyRun) }
        self.tokens = tokens
    }

    /// Wildcard matching with one backtrack point (the classic greedy algorithm): O(name × pattern).
    func matches(_ name: String) -> Bool {
        let text = Array(name.lowercased())
        var textIndex = 0
        var tokenIndex = 0
        var starToken: Int?
        var starText = 0
        while textIndex < text.count {
            if tokenIndex < tokens.count, tokens[tokenIndex] == .anyRun {
                starToken = tokenIndex
                starText = textIndex
                tokenIndex += 1
            } else if tokenIndex < tokens.count, tokens[tokenIndex] == .any || tokens[tokenIndex] == .literal(text[textIndex]) {
                tokenIndex += 1
                textIndex += 1
            } else if let star = starToken {
                tokenIndex = star + 1
                starText += 1
                textIndex = starText
            } else {
                return false
            }
        }
        while tokenIndex < tokens.count, tokens[tokenIndex] == .anyRun { tokenIndex += 1 }
        return tokenIndex == tokens.count
    }
}
