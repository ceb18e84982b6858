import Testing

@testable import Localization

struct LanguagePreferenceTests {
    @Test(
        "Accept-Language is ordered by q-value, then by position; q=0, * and junk are left out",
        arguments: [
            ("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5", ["fr-CH", "fr", "en", "de"]),
            ("en;q=0.5, pt-br, es;q=0.9", ["pt-BR", "es", "en"]),
            ("da, en-gb;q=0.8, en;q=0.7", ["da", "en-GB", "en"]),
            ("de;q=0, es", ["es"]),
            ("es;q=abc, fr", ["fr"]),
            ("zh-hant-tw;Q=0.3, ja;q=1.5", ["ja", "zh-Hant-TW"]),
            ("", []),
            ("12, x, !!, en_US", ["en-US"]),
        ])
    func acceptLanguage(header: String, expected: [String]) {
        #expect(LanguagePreference.parseAcceptLanguage(header) == expected)
    }

    @Test("the person's own choice comes before the browser's languages, without repeats")
    func choiceFirst() {
        let preference = LanguagePreference(choice: "pt_BR", acceptLanguage: "es, pt-BR;q=0.8")
        #expect(preference.tags == ["pt-BR", "es"])
        #expect(LanguagePreference(choice: nil, acceptLanguage: nil).tags.isEmpty)
    }

    @Test("a huge header is read only up to its limits")
    func hugeHeader() {
        let header = Array(repeating: "es;q=0.5", count: 100_000).joined(separator: ",")
        #expect(LanguagePreference.parseAcceptLanguage(header) == Array(repeating: "es", count: 32))
    }

    @Test(
        "POSIX locale variables: LANGUAGE, then LC_ALL, LC_MESSAGES, LANG; C means the source",
        arguments: [
            (["LANG": "es_ES.UTF-8"], ["es-ES"]),
            (["LC_ALL": "pt_BR.UTF-8", "LANG": "es_ES.UTF-8"], ["pt-BR"]),
            (["LC_MESSAGES": "fr_FR@euro", "LANG": "es_ES"], ["fr-FR"]),
            (["LANGUAGE": "pt_BR:pt", "LANG": "es_ES.UTF-8"], ["pt-BR", "pt", "es-ES"]),
            (["LANGUAGE": "es", "LANG": "C.UTF-8"], []),
            (["LC_ALL": "", "LANG": "POSIX"], []),
            ([:], []),
        ])
    func environment(variables: [String: String], expected: [String]) {
        #expect(LanguagePreference.fromEnvironment(variables).tags == expected)
    }

    @Test(
        "tags are normalized from BCP 47 and POSIX spellings",
        arguments: [
            ("pt_BR", "pt-BR"), ("PT-br", "pt-BR"), ("zh_hant_tw", "zh-Hant-TW"), ("es-419", "es-419"),
            ("sr_RS@latin", "sr-RS"), ("en.UTF-8", "en"),
        ])
    func normalized(raw: String, expected: String) {
        #expect(LanguageTag.normalized(raw) == expected)
    }

    @Test("implausible tags are refused", arguments: ["", "e", "../../etc/passwd", "en--US", "en US", "1234"])
    func refused(raw: String) {
        #expect(LanguageTag.normalized(raw) == nil)
    }
}
