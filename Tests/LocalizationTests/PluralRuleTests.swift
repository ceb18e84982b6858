import Testing

@testable import Localization

struct PluralRuleTests {
    /// Counts and the form each language's rule picks for them, per CLDR's integer examples.
    static let cases: [(language: String, forms: [Int: Int])] = [
        ("en", [0: 1, 1: 0, 2: 1, 5: 1, 11: 1, 101: 1]),
        ("fr", [0: 0, 1: 0, 2: 1, 10: 1, 1_000_000: 1]),
        ("pl", [0: 2, 1: 0, 2: 1, 4: 1, 5: 2, 12: 2, 14: 2, 21: 2, 22: 1, 25: 2, 104: 1, 112: 2]),
        ("ru", [0: 2, 1: 0, 2: 1, 4: 1, 5: 2, 11: 2, 12: 2, 21: 0, 22: 1, 111: 2, 101: 0]),
        ("ar", [0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 102: 5, 103: 3, 111: 4]),
        ("ja", [0: 0, 1: 0, 2: 0, 1000: 0]),
    ]

    @Test("the built-in table picks CLDR's form for each count", arguments: cases)
    func builtIn(language: String, forms: [Int: Int]) throws {
        let rule = try #require(PluralRule.builtIn(for: language))
        for (count, form) in forms {
            #expect(rule.formIndex(for: count) == form, "\(language), n = \(count)")
        }
    }

    /// Plural-Forms lines as Poedit writes them for the same languages.
    static let headers: [(header: String, language: String)] = [
        ("nplurals=2; plural=(n != 1);", "en"),
        ("nplurals=2; plural=(n > 1);", "fr"),
        ("nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 : 2);", "pl"),
        ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", "ru"),
        ("nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);", "ar"),
        ("nplurals=1; plural=0;", "ja"),
    ]

    @Test("a file's Plural-Forms header agrees with the built-in table", arguments: headers)
    func header(header: String, language: String) throws {
        let rule = try #require(PluralRule(header: header))
        let forms = try #require(Self.cases.first { $0.language == language }).forms
        #expect(rule.formCount == (PluralRule.builtIn(for: language)?.formCount ?? 0))
        for (count, form) in forms {
            #expect(rule.formIndex(for: count) == form, "\(header), n = \(count)")
        }
    }

    @Test("longer tags fall back to the language's rule; pt-PT differs from Brazilian pt")
    func tagFallback() throws {
        #expect(PluralRule.builtIn(for: "ru-RU")?.formIndex(for: 22) == 1)
        #expect(PluralRule.builtIn(for: "pt-BR")?.formIndex(for: 0) == 0)
        #expect(PluralRule.builtIn(for: "pt-PT")?.formIndex(for: 0) == 1)
        #expect(PluralRule.builtIn(for: "tlh") == nil)
    }

    @Test(
        "headers without both parts or with a bad form count are refused",
        arguments: ["nplurals=2;", "plural=(n != 1);", "nplurals=0; plural=0;", "nplurals=99; plural=0;", ""])
    func badHeaders(header: String) {
        #expect(PluralRule(header: header) == nil)
    }

    @Test("an index outside the form count has no form")
    func indexOutOfRange() throws {
        let rule = try PluralRule(formCount: 2, expression: "n")
        #expect(rule.formIndex(for: 1) == 1)
        #expect(rule.formIndex(for: 2) == nil)
    }
}
