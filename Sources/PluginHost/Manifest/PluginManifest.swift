/// A plugin's `plugin.yaml`: everything the host needs to know before any Lua runs.
///
/// ```yaml
/// id: support-tickets
/// name: Support tickets
/// version: 0.3.0
/// api: ">=1.0, <2.0"
/// description: File a help ticket with instance context attached.
/// author: Example University RC
/// capabilities:
///   http: [https://support.example.edu]
///   secrets: [zendesk_token]
///   ui: [instance_action]
/// config:
///   endpoint: { type: url, required: true, description: "Base URL of the ticket API." }
/// ```
public struct PluginManifest: Sendable, Hashable {
    /// Kebab-case id, unique among plugins; the folder name must match.
    public var id: String
    /// The name shown to people.
    public var name: String
    /// The plugin's own semantic version.
    public var version: SemanticVersion
    /// The host API versions the plugin works with.
    public var api: VersionRange
    /// One line about what the plugin does.
    public var description: String
    /// Who wrote it.
    public var author: String
    /// The licence name, when given.
    public var license: String?
    /// What the plugin may do; the host grants exactly this.
    public var capabilities: PluginCapabilities
    /// The settings an operator may give, in the order written.
    public var config: [ConfigField]

    /// Creates a manifest.
    public init(
        id: String, name: String, version: SemanticVersion, api: VersionRange, description: String, author: String,
        license: String? = nil, capabilities: PluginCapabilities = PluginCapabilities(), config: [ConfigField] = []
    ) {
        self.id = id
        self.name = name
        self.version = version
        self.api = api
        self.description = description
        self.author = author
        self.license = license
        self.capabilities = capabilities
        self.config = config
    }
}

/// The capabilities a plugin asks for in `plugin.yaml`.
public struct PluginCapabilities: Sendable, Hashable {
    /// The kinds of capability a manifest may name.
    public static let kinds = ["http", "secrets", "ui", "providers", "views"]
    /// The UI contributions `ui:` may list.
    public static let uiKinds = [
        "dashboard_card", "dashboard_page", "instance_action", "top_bar_link", "launch_extra", "theme", "locale",
    ]
    /// The read-only views `views:` may list.
    public static let viewKinds = ["clouds", "projects", "instances", "usage"]

    /// Origins (`https://host[:port][/path]`) `exo.http` may call.
    public var http: [String]
    /// Secret names `exo.secrets.get` may read.
    public var secrets: [String]
    /// UI contribution kinds the plugin may register.
    public var ui: [String]
    /// Provider ids the plugin may register.
    public var providers: [String]
    /// Read-only views the plugin may read.
    public var views: [String]

    /// Creates a capability set (empty by default: the plugin may do nothing outside itself).
    public init(http: [String] = [], secrets: [String] = [], ui: [String] = [], providers: [String] = [], views: [String] = []) {
        self.http = http
        self.secrets = secrets
        self.ui = ui
        self.providers = providers
        self.views = views
    }
}
