/// What one plugin adds to the host's UI and launch form, as plain data.
///
/// Labels and titles are message ids in the plugin's catalog domain, resolved per request in the
/// viewer's locale; the front end renders and escapes everything.
public struct PluginContributions: Sendable, Hashable {
    /// Dashboard cards.
    public var cards: [Contribution] = []
    /// Whole pages.
    public var pages: [Contribution] = []
    /// Actions in an instance's menu.
    public var actions: [Contribution] = []
    /// Links in the top bar.
    public var links: [TopBarLink] = []
    /// Extra cloud-init parts for the launch form.
    public var cloudInitParts: [Contribution] = []
    /// Theme tokens (CSS custom property names without `--`, to values).
    public var themeTokens: [String: String] = [:]
    /// Message catalogs from the plugin's `locales/`, by locale, when it declares `ui: [locale]`.
    public var catalogs: [String: [String: String]] = [:]
    /// Providers the plugin registered.
    public var providers: [ProviderInfo] = []

    /// An empty set.
    public init() {}
}

/// A contribution whose content the plugin computes on demand (card, page, action, cloud-init part).
public struct Contribution: Sendable, Hashable {
    /// Unique within its kind and plugin.
    public let id: String
    /// Title or label message id.
    public let label: String
    /// Extra text: what an action applies to (`instance`) or a cloud-init part's content type.
    public let detail: String?

    /// Creates a contribution.
    public init(id: String, label: String, detail: String?) {
        self.id = id
        self.label = label
        self.detail = detail
    }
}

/// A link in the top bar.
public struct TopBarLink: Sendable, Hashable {
    /// Unique within the plugin.
    public let id: String
    /// Label message id.
    public let label: String
    /// An http(s) URL or a path starting with `/`.
    public let url: String

    /// Creates a link.
    public init(id: String, label: String, url: String) {
        self.id = id
        self.label = label
        self.url = url
    }
}

/// A provider a plugin registered.
public struct ProviderInfo: Sendable, Hashable {
    /// Unique provider id (declared under `capabilities.providers`).
    public let id: String
    /// The name shown beside OpenStack clouds.
    public let name: String

    /// Creates provider information.
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
