import Testing

@testable import Localization

struct PluralExpressionTests {
    @Test(
        "C precedence and operators",
        arguments: [
            ("1 + 2 * 3", 0, 7), ("(1 + 2) * 3", 0, 9), ("10 - 4 - 3", 0, 3), ("17 % 5 / 2", 0, 1),
            ("n < 2 == 1", 1, 1), ("!n", 0, 1), ("!n", 5, 0), ("!!n", 5, 1), ("n != 1", 1, 0),
            ("n >= 2 && n <= 4", 3, 1), ("n == 0 || n == 1", 1, 1), ("n ? 1 ? 2 : 3 : 4", 1, 2),
            ("n == 1 ? 0 : n == 2 ? 1 : 2", 2, 1), ("n > 1", 1, 0), ("0 && 1 / 0", 0, 0), ("1 || 1 / 0", 0, 1),
        ])
    func evaluates(expression: String, n: Int, expected: Int) throws {
        #expect(try PluralExpression(expression).evaluate(n) == expected)
    }

    @Test("negative counts use their magnitude; wrapping arithmetic does not trap")
    func extremes() throws {
        #expect(try PluralExpression("n").evaluate(-3) == 3)
        #expect(try PluralExpression("n").evaluate(Int.min) == Int.max)
        #expect(try PluralExpression("n * n * n").evaluate(Int.max) != nil)
        #expect(try PluralExpression("(0 - n - 1) / (0 - 1)").evaluate(Int.max) == Int.min)
        #expect(try PluralExpression("(0 - n - 1) % (0 - 1)").evaluate(Int.max) == 0)
    }

    @Test("division by zero has no value", arguments: ["n / 0", "n % (n - n)"])
    func divisionByZero(expression: String) throws {
        #expect(try PluralExpression(expression).evaluate(7) == nil)
    }

    @Test(
        "invalid expressions are refused at the offending character",
        arguments: [
            ("", 0), ("n +", 3), ("(n", 2), ("n )", 2), ("n = 1", 2), ("x", 0), ("n ? 1", 5), ("n & 1", 2),
            ("-n", 0), ("99999999999999999999", 0), ("n; plural=1", 1),
        ])
    func invalid(expression: String, offset: Int) {
        #expect(throws: LocalizationError.invalidPluralExpression(expression: expression, offset: offset)) {
            try PluralExpression(expression)
        }
    }

    @Test(
        "hostile input is refused quickly without exhausting the stack",
        arguments: [
            String(repeating: "(", count: 500) + "n" + String(repeating: ")", count: 500),
            String(repeating: "!", count: 900) + "n",
            String(repeating: "n ? ", count: 200) + "1" + String(repeating: " : 0", count: 200),
            String(repeating: "n+", count: 600) + "n",
        ])
    func hostile(expression: String) {
        #expect(throws: LocalizationError.self) { try PluralExpression(expression) }
    }

    @Test("a long flat expression within the limits parses and evaluates")
    func longFlat() throws {
        let expression = try PluralExpression(String(repeating: "n+", count: 300) + "n")
        #expect(expression.evaluate(2) == 602)
    }
}
