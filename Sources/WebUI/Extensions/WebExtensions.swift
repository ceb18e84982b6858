public import ExosphereCore
public import PluginModel

/// What the web UI shows of its extensions (plugins, to the app), without knowing how they run.
///
/// The app hands one to ``WebUIConfiguration/extensions``; the web UI asks it for dashboard cards,
/// pages, instance actions, top-bar links and theme tokens, and renders and escapes everything
/// itself. Labels come back already in the viewer's language (`locale`, a BCP 47 tag or `nil`).
public protocol WebExtensions: Sendable {
    /// The links and theme tokens every page's layout needs; cheap and synchronous.
    func chrome(locale: String?) -> ExtensionChrome
    /// The dashboard cards of every running extension, in a stable order.
    func dashboardCards(locale: String?) async -> [ExtensionItem]
    /// One card's view model.
    func renderCard(_ card: ExtensionItem, context: ExtensionContext) async throws -> ViewNode
    /// One card's view model if it is at hand without asking its extension (rendered a moment
    /// ago); such a card skips the time budget, which costs each page a timer.
    func cachedCard(_ card: ExtensionItem, context: ExtensionContext) -> ViewNode?
    /// The whole pages of every running extension (served at `/plugins/<plugin>/<id>`).
    func pages(locale: String?) async -> [ExtensionItem]
    /// One page's view model.
    func renderPage(_ page: ExtensionItem, context: ExtensionContext) async throws -> ViewNode
    /// The actions offered on an instance's page.
    func instanceActions(locale: String?) async -> [ExtensionItem]
    /// Runs an instance action; what it answered, in words.
    func runAction(_ action: ExtensionItem, on instance: Instance, context: ExtensionContext) async throws -> ExtensionActionOutcome
    /// Every extension found, enabled or not, with its state, for the plugins page.
    func statuses() async -> [ExtensionStatus]
    /// Extra cloud-init parts for a launch of `instanceName` on `cloud`.
    func cloudInitParts(instanceName: String, cloud: String) async -> [ExtensionCloudInitPart]
    /// Follows a live instance store (the shared workspace's; a new one after clouds change).
    func follow(_ store: InstanceStore)
    /// An image a skin extension ships (its logo), served at `/plugins/<plugin>/<name>`.
    func asset(plugin: String, name: String) async -> ExtensionAsset?

    /// The non-OpenStack providers of every running extension, which the core lists beside the
    /// clouds; cheap.
    func instanceProviders() async -> [any InstanceProvider]
    /// Tells extensions a cloud was added and signed in to; returns at once (fire and forget).
    func cloudSignedIn(_ login: ExtensionLogin)
    /// Tells extensions the dashboard was rendered; returns at once, and may let most renders
    /// go unreported when they come often (see the implementation).
    func dashboardRendered(_ render: ExtensionDashboardRender)
}

extension WebExtensions {
    /// No card is at hand: every card is rendered within its budget.
    public func cachedCard(_ card: ExtensionItem, context: ExtensionContext) -> ViewNode? { nil }

    /// Extensions without providers: the web UI shows no provider anywhere.
    public func instanceProviders() async -> [any InstanceProvider] { [] }

    /// Extensions that do not listen hear nothing.
    public func cloudSignedIn(_ login: ExtensionLogin) {}

    /// Extensions that do not listen hear nothing.
    public func dashboardRendered(_ render: ExtensionDashboardRender) {}
}

/// An image file an extension ships.
public struct ExtensionAsset: Sendable, Hashable {
    /// Its MIME type: `image/svg+xml`, `image/png`, `image/jpeg` or `image/webp`.
    public var contentType: String
    /// Its bytes.
    public var data: [UInt8]

    /// Creates an asset.
    public init(contentType: String, data: [UInt8]) {
        self.contentType = contentType
        self.data = data
    }

    /// The image type of a file name, or `nil` for anything that is not a plain image file name.
    public static func contentType(of name: String) -> String? {
        guard !name.hasPrefix("."), name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) else {
            return nil
        }
        let types = ["svg": "image/svg+xml", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "webp": "image/webp"]
        return name.split(separator: ".").last.flatMap { types[$0.lowercased()] }
    }
}
