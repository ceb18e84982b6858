import Testing

@testable import WebUI

@Suite("Settings presenter")
struct SettingsPresenterTests {
    static let languages: [WebUIConfiguration.LanguageChoice] = [.init(tag: "en", name: "English"), .init(tag: "es", name: "Español")]

    @Test("colour modes are named in the person's language, and the person's choices are selected")
    func choices() {
        let preferences = Preferences(theme: "ocean", language: "es", colorMode: .dark)
        let page = SettingsPresenter.page(
            themes: ["default", "ocean"], languages: Self.languages, preferences: preferences, defaultTheme: "default", hasPlugins: true,
            localizer: ShoutingLocalizer())
        #expect(page.modes.map(\.label) == ["SAME AS MY SYSTEM", "LIGHT", "DARK"])
        #expect(page.modes.filter(\.selected).map(\.value) == ["dark"])
        #expect(page.themes.filter(\.selected).map(\.value) == ["ocean"])
        #expect(page.languages.filter(\.selected).map(\.label) == ["Español"])
        #expect(page.hasPlugins)
    }

    @Test("without a choice the operator's theme is selected, and no language is")
    func defaults() {
        let page = SettingsPresenter.page(
            themes: ["default", "ocean"], languages: Self.languages, preferences: Preferences(), defaultTheme: "ocean", hasPlugins: false,
            localizer: ShoutingLocalizer())
        #expect(page.themes.filter(\.selected).map(\.value) == ["ocean"])
        #expect(page.languages.allSatisfy { !$0.selected })
        #expect(page.modes.filter(\.selected).map(\.value) == ["auto"])
        #expect(!page.hasPlugins)
    }
}
