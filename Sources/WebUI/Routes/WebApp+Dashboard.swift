import CloudConfig
import ExosphereCore
import Foundation
import Hummingbird
import Localization

extension WebApp {
    /// The dashboard (`GET /`): the instances' counts, quota usage, recent activity, plugin cards
    /// and providers.
    func addDashboardRoutes(to router: Hummingbird.Router<WebRequestContext>) {
        router.get("/") { request, context -> Response in
            let workspace = try Self.workspace(context)
            let sessions = workspace.sessions
            let live = workspace.liveInstances()
            let localizer = self.localizer(for: request, session: context.session)
            async let providers = self.providersSection(localizer: localizer)
            let summary = await live.derived { InstanceSummary($0, transitionLimit: DashboardPage.transitionLimit) }
            var page = DashboardPage(summary: summary, cloudNames: sessions.sessions.map(\.profile.name), localizer: localizer)
            page.showUsage(await workspace.quotaUsage(), localizer: localizer, rows: self.dashboardUsage)
            page.showActivity(await live.recentActivity(), now: Date(), localizer: localizer)
            page.plugins = await self.extensionCards(request: request, context: context)
            page.providers = await providers
            let response = try self.page(
                body: "dashboard", title: LocalizableMessage("Dashboard"), section: .dashboard, page: page, cache: self.dashboardBodies,
                request: request, context: context)
            self.tellExtensions(rendered: summary, request: request, context: context)
            return response
        }
    }
}
