/// What a person chose in Settings; kept in their browser session.
public struct Preferences: Sendable, Hashable, Codable {
    /// The theme's folder name; `nil` means the operator's default.
    public var theme: String?
    /// A BCP 47 language tag; `nil` means the browser's `Accept-Language`.
    public var language: String?
    /// `auto` (follow the system), `light` or `dark`.
    public var colorMode: ColorMode = .auto
    /// The ids of operator announcements dismissed in this session (see `Announcement.id`).
    public var dismissedAnnouncements: Set<String> = []

    /// Creates preferences with everything left to defaults.
    public init(theme: String? = nil, language: String? = nil, colorMode: ColorMode = .auto) {
        self.theme = theme
        self.language = language
        self.colorMode = colorMode
    }
}

/// Light, dark, or whatever the system prefers.
public enum ColorMode: String, Sendable, Hashable, Codable, CaseIterable {
    /// Follow `prefers-color-scheme`.
    case auto
    /// Always light.
    case light
    /// Always dark.
    case dark
}
