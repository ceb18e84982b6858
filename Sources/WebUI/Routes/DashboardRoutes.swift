import CloudConfig
import ExosphereCore
import Foundation
import Hummingbird
import Localization

/// The dashboard (`GET /`): the instances' counts, quota usage, recent activity, plugin cards
/// and providers.
struct DashboardRoutes: Sendable {
    let pages: PageResponder
    /// The providers beside the clouds.
    let providers: ProviderAccess
    /// The plugin cards, and whom to tell of each render.
    let panels: ExtensionPanels
    /// The dashboard's body as last rendered, per page content and language.
    let bodies: RenderedBodyCache<DashboardPage>
    /// The usage bars as last made, per figures and language.
    let usageRows: DashboardPage.UsageRowCache

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/") { request, context -> Response in
            let workspace = try context.workspace()
            let live = workspace.liveInstances()
            let localizer = pages.localizer(for: request, session: context.session)
            async let providerSection = providers.section(localizer: localizer)
            let summary = await live.derived { InstanceSummary($0, transitionLimit: DashboardPage.transitionLimit) }
            var page = DashboardPage(summary: summary, cloudNames: workspace.sessions.sessions.map(\.profile.name), localizer: localizer)
            page.showUsage(await workspace.quotaUsage(), localizer: localizer, rows: usageRows)
            page.showActivity(await live.recentActivity(), now: Date(), localizer: localizer)
            page.plugins = await panels.cards(localizer: localizer, request: request, context: context)
            page.providers = await providerSection
            let response = try pages.page(
                body: "dashboard", title: LocalizableMessage("Dashboard"), section: .dashboard, page: page, cache: bodies,
                request: request, context: context)
            panels.tell(rendered: summary, request: request, context: context)
            return response
        }
        return routes
    }
}
