import CloudConfig
import Testing

struct LocalizationSettingsTests {
    @Test("the localization section sets the overlay folder and per-language renames")
    func reads() throws {
        let sandbox = try Sandbox()
        try sandbox.install("settings/localization.yaml", at: "home/.config/exosphere/config.yaml")
        let settings = try ExosphereSettings.load(from: sandbox.sources())
        #expect(settings.localization.directory == sandbox.home + "/site-locales")
        #expect(settings.localization.nouns == [
            "en": ["instance": "virtual computer", "instances": "virtual computers"],
            "pt-BR": ["instância": "computador virtual"],
        ])
    }

    @Test("without the section there is no overlay and no rename")
    func defaults() throws {
        let sandbox = try Sandbox()
        #expect(try ExosphereSettings.load(from: sandbox.sources()).localization == LocalizationSettings())
    }

    @Test("an unknown key, a language that is not a tag, or an empty replacement is an error naming the line")
    func errors() throws {
        let typo = try Sandbox()
        let typoFile = try typo.install("settings/localization-typo.yaml", at: "home/.config/exosphere/config.yaml")
        #expect(
            throws: CloudConfigError.unknownKey(
                .file(typoFile, line: 2, column: 3), keyPath: "localization.noun", suggestion: "nouns",
                known: ["directory", "nouns"])
        ) { try ExosphereSettings.load(from: typo.sources()) }

        let language = try Sandbox()
        let languageFile = try language.install(
            "settings/localization-bad-language.yaml", at: "home/.config/exosphere/config.yaml")
        #expect(
            throws: CloudConfigError.invalidChoice(
                .file(languageFile, line: 3, column: 5), keyPath: "localization.nouns.../etc", value: "../etc",
                choices: ["en", "es", "pt_BR"])
        ) { try ExosphereSettings.load(from: language.sources()) }

        let empty = try Sandbox()
        try empty.install("settings/localization-empty-word.yaml", at: "home/.config/exosphere/config.yaml")
        #expect(throws: CloudConfigError.self) { try ExosphereSettings.load(from: empty.sources()) }
    }
}
