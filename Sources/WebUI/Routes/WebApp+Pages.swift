import CloudConfig
import ExosphereCore
import Foundation
import Hummingbird
import Localization

extension WebApp {
    /// The pages that only read: dashboard, instances, activity, about, settings.
    func addPageRoutes(to router: Hummingbird.Router<WebRequestContext>) {
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
        router.get("/instances") { request, context -> Response in
            let parameters = request.uri.queryParameters
            let query = InstanceListQuery(
                search: parameters.text("q").flatMap { $0.isEmpty ? nil : $0 },
                state: parameters.text("state").flatMap { $0.isEmpty ? nil : $0 },
                project: parameters.text("project").flatMap { $0.isEmpty ? nil : $0 },
                sort: parameters.text("sort").flatMap(InstanceListQuery.Sort.init(rawValue:)) ?? .name,
                page: parameters.text("page").flatMap { Int($0) } ?? 1)
            let localizer = self.localizer(for: request, session: context.session)
            async let providerListings = self.providerListings(localizer: localizer)
            let instances = try await Self.workspace(context).instances()
            var page = InstanceListPage(instances: instances, query: query, localizer: localizer)
            page.showProviders(await providerListings, query: query, localizer: localizer)
            return try self.page("instances", title: LocalizableMessage("Instances"), section: .instances, page: page, request: request, context: context)
        }
        router.get("/instances/:cloud/:id") { request, context -> Response in
            guard let cloud = context.parameters.text("cloud"), let id = context.parameters.text("id") else {
                throw WebUIError.notFound(request.uri.path)
            }
            let listing = try await Self.workspace(context).instances()
            guard let instance = listing.items.first(where: { $0.id == id && $0.project.cloud == cloud }) else {
                throw WebUIError.notFound(request.uri.path)
            }
            var page = InstanceDetailPage(instance: instance, localizer: self.localizer(for: request, session: context.session))
            page.extras = await self.instanceExtras(for: instance, request: request, context: context)
            page.pluginActions = await self.extensionActions(detailURL: page.instance.detailURL, request: request, context: context)
            return try self.page(
                "instance", title: LocalizableMessage("Instance {name}", ["name": page.instance.name]), section: .instances,
                page: page, request: request, context: context)
        }
        router.get("/activity") { request, context -> Response in
            let page = ActivityPage(records: try Self.workspace(context).sessions.calls())
            return try self.page("activity", title: LocalizableMessage("API activity"), section: .activity, page: page, request: request, context: context)
        }
        router.get("/about") { request, context -> Response in
            let page = AboutPage(text: self.configuration.aboutText, version: WebApp.version)
            return try self.page("about", title: LocalizableMessage("About"), section: .about, page: page, request: request, context: context)
        }
        addSettingsRoutes(to: router)
    }

    /// The version shown on the About page.
    static let version = "0.1.0"

    static func workspace(_ context: WebRequestContext) throws -> CloudWorkspace {
        guard let session = context.session else { throw WebUIError.invalidCSRFToken }
        return session.workspace
    }
}
