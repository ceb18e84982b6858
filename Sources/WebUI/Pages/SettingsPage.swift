/// Theme, colour mode and language choices.
struct SettingsPage: Sendable {
    struct Option: Sendable {
        var value: String
        var label: String
        var selected: Bool
    }

    var themes: [Option]
    var modes: [Option]
    var languages: [Option]
    /// Whether the app has plugins, so Settings links to their page.
    var hasPlugins = false

    init(themes: [String], languages: [(tag: String, name: String)], preferences: Preferences, defaultTheme: String, modeLabels: [ColorMode: String]) {
        let currentTheme = preferences.theme ?? defaultTheme
        self.themes = themes.map { Option(value: $0, label: $0, selected: $0 == currentTheme) }
        modes = ColorMode.allCases.map { Option(value: $0.rawValue, label: modeLabels[$0] ?? $0.rawValue, selected: $0 == preferences.colorMode) }
        self.languages = languages.map { Option(value: $0.tag, label: $0.name, selected: $0.tag == preferences.language) }
    }
}
