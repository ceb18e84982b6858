/// How a language picks among its plural forms: the number of forms and the expression that
/// maps a count to a form index (gettext's `nplurals` and `plural`).
public struct PluralRule: Sendable, Hashable {
    /// How many plural forms the language has (1 to ``maximumForms``).
    public let formCount: Int
    /// The expression giving the form index for a count.
    public let expression: PluralExpression

    /// The most plural forms accepted; CLDR languages use at most six.
    public static let maximumForms = 10

    /// Creates a rule from a form count and an expression.
    ///
    /// - Throws: ``LocalizationError`` when the expression is not valid.
    public init(formCount: Int, expression: String) throws(LocalizationError) {
        guard (1...Self.maximumForms).contains(formCount) else {
            throw .invalidPluralExpression(expression: "nplurals=\(formCount)", offset: 9)
        }
        self.formCount = formCount
        self.expression = try PluralExpression(expression)
    }

    /// Reads a `Plural-Forms` header value such as `nplurals=2; plural=(n != 1);`; `nil` when it
    /// lacks either part or they are not valid.
    public init?(header value: String) {
        var count: Int?
        var expression: String?
        for part in value.split(separator: ";") {
            let trimmed = part.trimmingSpaces
            if trimmed.hasPrefix("nplurals=") {
                count = Int(trimmed.dropFirst(9).trimmingSpaces)
            } else if trimmed.hasPrefix("plural=") {
                expression = String(trimmed.dropFirst(7))
            }
        }
        guard let count, let expression, let rule = try? PluralRule(formCount: count, expression: expression) else {
            return nil
        }
        self = rule
    }

    /// The form index for `count`, or `nil` when the expression has no value for it or gives an
    /// index outside `0..<formCount`.
    public func formIndex(for count: Int) -> Int? {
        guard let index = expression.evaluate(count), (0..<formCount).contains(index) else { return nil }
        return index
    }
}
