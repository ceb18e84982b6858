/// The C-like expression of a `Plural-Forms` header (`plural=(n != 1);`), parsed once and then
/// evaluated for each count.
///
/// Only what gettext's own grammar allows is accepted: the variable `n`, decimal integer literals,
/// `* / % + -`, comparisons, `== !=`, `!`, `&&`, `||`, `?:` and parentheses. Parsing is bounded
/// (``maximumLength`` characters, ``maximumDepth`` levels of nesting) and evaluation walks a
/// finite tree with wrapping arithmetic, so hostile input can neither crash nor hang the process.
public struct PluralExpression: Sendable, Hashable {
    /// The longest expression accepted, in characters.
    public static let maximumLength = 1_000
    /// The deepest nesting accepted (parentheses, operators and `?:` each add a level).
    public static let maximumDepth = 64

    indirect enum Node: Sendable, Hashable {
        case count
        case literal(Int)
        case not(Node)
        case binary(BinaryOperator, Node, Node)
        case conditional(Node, Node, Node)
    }

    enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
        case multiply = "*", divide = "/", remainder = "%", add = "+", subtract = "-"
        case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
        case equal = "==", notEqual = "!=", and = "&&", or = "||"
    }

    let root: Node
    /// The expression as written.
    public let source: String

    /// Parses `source`.
    ///
    /// - Throws: ``LocalizationError/invalidPluralExpression(expression:offset:)`` or
    ///   ``LocalizationError/pluralExpressionTooComplex(expression:)``.
    public init(_ source: String) throws(LocalizationError) {
        guard source.count <= Self.maximumLength else { throw .pluralExpressionTooComplex(expression: source) }
        var parser = PluralExpressionParser(source)
        self.root = try parser.parseAll()
        self.source = source
    }

    init(root: Node, source: String) {
        self.root = root
        self.source = source
    }

    /// The expression's value for `n`; `nil` when it divides by zero. Negative counts use their
    /// magnitude, since gettext's `n` is unsigned.
    public func evaluate(_ n: Int) -> Int? {
        Self.evaluate(root, n: n == Int.min ? Int.max : abs(n))
    }

    private static func evaluate(_ node: Node, n: Int) -> Int? {
        switch node {
        case .count: return n
        case .literal(let value): return value
        case .not(let operand): return evaluate(operand, n: n).map { $0 == 0 ? 1 : 0 }
        case .conditional(let condition, let then, let otherwise):
            guard let test = evaluate(condition, n: n) else { return nil }
            return evaluate(test != 0 ? then : otherwise, n: n)
        case .binary(let op, let left, let right):
            guard let lhs = evaluate(left, n: n) else { return nil }
            // && and || short-circuit, as in C.
            if op == .and, lhs == 0 { return 0 }
            if op == .or, lhs != 0 { return 1 }
            guard let rhs = evaluate(right, n: n) else { return nil }
            return apply(op, lhs, rhs)
        }
    }

    private static func apply(_ op: BinaryOperator, _ lhs: Int, _ rhs: Int) -> Int? {
        switch op {
        case .multiply: return lhs &* rhs
        case .add: return lhs &+ rhs
        case .subtract: return lhs &- rhs
        // Division by zero has no value; Int.min / -1 overflows, so -1 is handled as negation.
        case .divide: return rhs == 0 ? nil : rhs == -1 ? 0 &- lhs : lhs / rhs
        case .remainder: return rhs == 0 ? nil : rhs == -1 ? 0 : lhs % rhs
        case .less: return lhs < rhs ? 1 : 0
        case .lessOrEqual: return lhs <= rhs ? 1 : 0
        case .greater: return lhs > rhs ? 1 : 0
        case .greaterOrEqual: return lhs >= rhs ? 1 : 0
        case .equal: return lhs == rhs ? 1 : 0
        case .notEqual: return lhs != rhs ? 1 : 0
        case .and: return lhs != 0 && rhs != 0 ? 1 : 0
        case .or: return lhs != 0 || rhs != 0 ? 1 : 0
        }
    }
}
