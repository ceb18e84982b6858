/// The contents of one `theme.yaml`, as written: nothing inherited or checked yet.
struct ThemeFile: Decodable, Sendable {
    struct Tokens: Decodable, Sendable {
        var shared: [String: String]?
        var light: [String: String]?
        var dark: [String: String]?
    }

    struct Assets: Decodable, Sendable {
        var logo: String?
        var favicon: String?
    }

    struct ContrastPair: Decodable, Sendable {
        var ratio: Double
        var fg: String
        var bg: String
    }

    var name: String?
    var extends: String?
    var appTitle: String?
    var assets: Assets?
    var tokens: Tokens?
    /// The contrast text pairs must reach: 4.5 (WCAG AA) unless the theme asks for more (7, AAA).
    var textContrast: Double?
    var contrast: [ContrastPair]?
}
