import Localization
import Theming

/// Turns the site's themes and languages and a person's preferences into the Settings page.
enum SettingsPresenter {
    /// The Settings page, its colour modes named in the person's language.
    static func page(
        themes: [String], languages: [WebUIConfiguration.LanguageChoice], preferences: Preferences, defaultTheme: String,
        hasPlugins: Bool, localizer: any MessageLocalizer
    ) -> SettingsPage {
        let labels: [ColorMode: String] = [
            .auto: localizer.text(LocalizableMessage("Same as my system")), .light: localizer.text(LocalizableMessage("Light")),
            .dark: localizer.text(LocalizableMessage("Dark")),
        ]
        var page = SettingsPage(
            themes: themes, languages: languages.map { ($0.tag, $0.name) }, preferences: preferences, defaultTheme: defaultTheme,
            modeLabels: labels)
        page.hasPlugins = hasPlugins
        return page
    }
}
