/// A theme with its `extends` chain resolved: every token checked and ready to render.
public struct Theme: Sendable, Hashable {
    /// The folder name, such as `default` or `high-contrast`.
    public var name: String
    /// The application's name shown in the title bar and header.
    public var appTitle: String
    /// Tokens shared by both modes (fonts, sizes), as safe CSS values, by token name.
    public var shared: [String: String]
    /// Colour tokens in light mode, as safe CSS values.
    public var light: [String: String]
    /// Colour tokens in dark mode, as safe CSS values.
    public var dark: [String: String]
    /// The logo file, when the theme or one it extends has one.
    public var logo: ThemeAsset?
    /// The favicon file, when the theme or one it extends has one.
    public var favicon: ThemeAsset?
    /// The contrast ratio text pairs must reach (4.5 for WCAG AA, 7 for AAA).
    public var textContrast: Double
    /// Extra `[ratio, fg, bg]` checks the theme asks for.
    public var extraContrast: [ContrastRequirement]
    /// Problems worth telling the operator that did not stop the theme loading (unknown tokens).
    public var warnings: [String]
}

/// A file that belongs to a theme (logo, favicon), served from the app's own origin.
public struct ThemeAsset: Sendable, Hashable {
    /// The file name within its theme folder; a plain name, never a path.
    public var fileName: String
    /// The absolute path on disk.
    public var path: String
    /// The media type to serve it with.
    public var contentType: String
}

/// One contrast check: `fg` on `bg` must reach `ratio`.
public struct ContrastRequirement: Sendable, Hashable {
    /// The minimum ratio, 1…21.
    public var ratio: Double
    /// The foreground colour token.
    public var fg: String
    /// The background colour token.
    public var bg: String

    /// Creates a requirement.
    public init(ratio: Double, fg: String, bg: String) {
        self.ratio = ratio
        self.fg = fg
        self.bg = bg
    }
}
