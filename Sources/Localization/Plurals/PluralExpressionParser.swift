/// A recursive-descent parser for ``PluralExpression`` with C's precedence, from loosest:
/// `?:`, `||`, `&&`, `== !=`, `< <= > >=`, `+ -`, `* / %`, `!`.
struct PluralExpressionParser {
    private typealias Node = PluralExpression.Node
    private typealias Op = PluralExpression.BinaryOperator

    private let source: String
    private let characters: [Character]
    private var position = 0
    private var depth = 0

    init(_ source: String) {
        self.source = source
        self.characters = Array(source)
    }

    mutating func parseAll() throws(LocalizationError) -> PluralExpression.Node {
        let node = try conditional()
        skipSpaces()
        guard position == characters.count else { throw invalid() }
        return node
    }

    private mutating func conditional() throws(LocalizationError) -> Node {
        try enter()
        defer { depth -= 1 }
        let condition = try binary(level: 0)
        guard take("?") else { return condition }
        let then = try conditional()
        guard take(":") else { throw invalid() }
        return .conditional(condition, then, try conditional())
    }

    private static let levels: [[Op]] = [
        [.or], [.and], [.equal, .notEqual], [.lessOrEqual, .greaterOrEqual, .less, .greater],
        [.add, .subtract], [.multiply, .divide, .remainder],
    ]

    private mutating func binary(level: Int) throws(LocalizationError) -> Node {
        guard level < Self.levels.count else { return try unary() }
        var node = try binary(level: level + 1)
        while let op = Self.levels[level].first(where: { take($0.rawValue) }) {
            try enter()
            defer { depth -= 1 }
            node = .binary(op, node, try binary(level: level + 1))
        }
        return node
    }

    private mutating func unary() throws(LocalizationError) -> Node {
        try enter()
        defer { depth -= 1 }
        skipSpaces()
        if peek("!") && !peek("!=") {
            position += 1
            return .not(try unary())
        }
        if take("(") {
            let inner = try conditional()
            guard take(")") else { throw invalid() }
            return inner
        }
        if take("n") { return .count }
        let digits = characters[position...].prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 18, let value = Int(String(digits)) else { throw invalid() }
        position += digits.count
        return .literal(value)
    }

    private mutating func enter() throws(LocalizationError) {
        depth += 1
        guard depth <= PluralExpression.maximumDepth else { throw .pluralExpressionTooComplex(expression: source) }
    }

    private mutating func skipSpaces() {
        while position < characters.count, characters[position].isWhitespace { position += 1 }
    }

    private mutating func peek(_ token: String) -> Bool {
        skipSpaces()
        return characters[position...].starts(with: token)
    }

    /// Consumes `token` if it comes next. `<` and `>` are not taken from `<=` and `>=`, nor `!`
    /// from `!=`, nor `&`/`|` alone; a lone `=` is never a token.
    private mutating func take(_ token: String) -> Bool {
        guard peek(token) else { return false }
        if token.count == 1, position + 1 < characters.count, characters[position + 1] == "=",
            "<>!=".contains(token)
        {
            return false
        }
        position += token.count
        return true
    }

    private func invalid() -> LocalizationError {
        .invalidPluralExpression(expression: source, offset: min(position, characters.count))
    }
}
