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
    /// Every browser signed in as this person (multi-user mode, once a cloud is signed in to).
    var devices: [Device] = [] {
        didSet { showsDevices = !devices.isEmpty }
    }
    /// Stored, not computed: templates read values, which computed properties are not.
    private(set) var showsDevices = false

    /// One signed-in browser, in the reader's words.
    struct Device: Sendable {
        var handle: String
        var name: String
        var since: String
        var sinceISO: String
        var lastUsed: String
        var lastUsedISO: String
        var isThisDevice: Bool
    }

    init(themes: [String], languages: [(tag: String, name: String)], preferences: Preferences, defaultTheme: String, modeLabels: [ColorMode: String]) {
        let currentTheme = preferences.theme ?? defaultTheme
        self.themes = themes.map { Option(value: $0, label: $0, selected: $0 == currentTheme) }
        modes = ColorMode.allCases.map { Option(value: $0.rawValue, label: modeLabels[$0] ?? $0.rawValue, selected: $0 == preferences.colorMode) }
        self.languages = languages.map { Option(value: $0.tag, label: $0.name, selected: $0.tag == preferences.language) }
    }
}
