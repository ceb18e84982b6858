import Testing

@testable import Localization

/// Random input built from the formats' own tokens: the reader and the evaluator either accept it
/// or throw a ``LocalizationError``; they never crash or hang.
struct FuzzTests {
    /// A small deterministic generator (64-bit LCG), so a failure can be replayed.
    struct Generator {
        var state: UInt64

        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }

        mutating func text(from tokens: [String], count: Int) -> String {
            (0..<count).map { _ in tokens[next(tokens.count)] }.joined()
        }
    }

    static let poTokens = [
        "msgid ", "msgstr ", "msgctxt ", "msgid_plural ", "msgstr[0] ", "msgstr[1] ", "msgstr[9] ", "\"", "\"\"",
        "\n", "\r\n", "#, fuzzy\n", "#~ ", "# ", "\\", "\\n", "\\x4", "\\777", "{name}", "é", " ", "\t", "abc",
    ]

    static let expressionTokens = [
        "n", "0", "1", "7", "99999", " ", "(", ")", "?", ":", "!", "==", "!=", "<", "<=", ">", ">=", "&&", "||",
        "+", "-", "*", "/", "%", "=", "&", "x",
    ]

    @Test("random PO text parses or fails with an error", arguments: 0..<4)
    func poText(seed: UInt64) {
        var generator = Generator(state: seed)
        for _ in 0..<250 {
            let text = generator.text(from: Self.poTokens, count: generator.next(60))
            do {
                let file = try POReader.parse(text, path: "fuzz.po")
                _ = MessageCatalog(file: file, languageTag: "pl")
            } catch {
                #expect(!error.message.sourceText.isEmpty)
            }
        }
    }

    @Test("random plural expressions parse and evaluate, or fail with an error", arguments: 0..<4)
    func expressions(seed: UInt64) {
        var generator = Generator(state: seed)
        var parsed = 0
        for _ in 0..<500 {
            let text = generator.text(from: Self.expressionTokens, count: 1 + generator.next(12))
            guard let expression = try? PluralExpression(text) else { continue }
            parsed += 1
            for n in [0, 1, 2, 5, 11, 101, Int.max, Int.min] { _ = expression.evaluate(n) }
        }
        #expect(parsed > 0)
    }
}
