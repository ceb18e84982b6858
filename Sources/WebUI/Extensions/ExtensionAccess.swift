import CloudConfig
import Crypto
import ExosphereCore
import Foundation
import PluginModel

/// The extensions as this server may use them: which plugins act for a visitor, who may see the
/// plugin list, who is viewing, and what extensions are told.
struct ExtensionAccess: Sendable {
    /// The extensions; `nil` when the app has none.
    let extensions: (any WebExtensions)?
    private let isMultiUser: Bool
    private let plugins: PluginsSettings

    init(_ configuration: WebUIConfiguration) {
        extensions = configuration.extensions
        isMultiUser = configuration.isMultiUser
        plugins = configuration.settings.plugins
    }

    /// Whether this visitor may see which plugins run and what they lack (secret names among it):
    /// that is the operator's business, so in multi-user mode only someone signed in to a cloud.
    func mayListPlugins(_ context: WebRequestContext) -> Bool {
        !isMultiUser || !(context.session?.workspace.sessions.sessions.isEmpty ?? true)
    }

    /// Whether `plugin`'s instance actions and cloud-init parts may act for whoever uses this
    /// server: always on loopback (the one person is the operator); in multi-user mode only when
    /// the operator opted in with `serves_visitors`, since they run with the operator's secrets.
    func servesThisVisitor(_ plugin: String) -> Bool {
        !isMultiUser || plugins.plugins[plugin]?.servesVisitors == true
    }

    /// Who is viewing, for plugins that may know: an anonymous id derived from the session and
    /// the clouds and projects it sees.
    func viewer(of session: BrowserSession?) async -> ExtensionViewer? {
        guard let session else { return nil }
        let digest = SHA256.hash(data: Data(("exosphere-viewer:" + session.id).utf8))
        let id = digest.prefix(8).map { String(format: "%02x", $0) }.joined()
        let clouds = session.workspace.sessions.sessions.map(\.profile.name)
        let projects = clouds.isEmpty ? [] : await session.workspace.liveInstances().watchedProjects()
            .map { ExtensionViewer.Project(cloud: $0.cloud, id: $0.id, name: $0.name) }
        return ExtensionViewer(id: id, clouds: clouds, projects: projects)
    }

    /// The shell-script cloud-init parts extensions add to a launch, as setup steps.
    func setupParts(instanceName: String, cloud: String) async -> [SetupPart] {
        guard let extensions else { return [] }
        return await extensions.cloudInitParts(instanceName: instanceName, cloud: cloud).filter { servesThisVisitor($0.plugin) }
            .compactMap(\.setupPart)
    }

    /// Tells extensions a cloud was signed in to. Only for the shared clouds: in multi-user mode
    /// extensions hear of no session's clouds (as they follow only the shared store).
    func tell(signedIn login: ExtensionLogin) {
        guard !isMultiUser else { return }
        extensions?.cloudSignedIn(login)
    }

    /// Tells extensions the dashboard was rendered with `summary`'s counts, in `locale`; shared
    /// clouds only, as for ``tell(signedIn:)``.
    func tell(rendered summary: InstanceSummary, locale: String) {
        guard !isMultiUser, let extensions else { return }
        extensions.dashboardRendered(
            ExtensionDashboardRender(
                total: summary.total, statuses: summary.statuses.map { .init(status: $0.status, count: $0.count) }, locale: locale))
    }

    /// The theme tokens extensions add, as a CSS rule (empty without extensions).
    var themeCSS: String {
        extensions.map { ExtensionThemeCSS.css($0.chrome(locale: nil).themeTokens) } ?? ""
    }
}
