import CloudConfig
import ExosphereCore
import Foundation
import Hummingbird
import Localization

/// The instance list (`GET /instances`, searched, filtered, sorted and paged, providers'
/// instances among the clouds') and one instance's page (`GET /instances/:cloud/:id`).
struct InstancePageRoutes: Sendable {
    let pages: PageResponder
    /// The providers whose instances the list shows.
    let providers: ProviderAccess
    /// The plugin actions on an instance's page.
    let panels: ExtensionPanels

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/instances") { request, context -> Response in
            let parameters = request.uri.queryParameters
            let query = InstanceListQuery(
                search: parameters.text("q").flatMap { $0.isEmpty ? nil : $0 },
                state: parameters.text("state").flatMap { $0.isEmpty ? nil : $0 },
                project: parameters.text("project").flatMap { $0.isEmpty ? nil : $0 },
                sort: parameters.text("sort").flatMap(InstanceListQuery.Sort.init(rawValue:)) ?? .name,
                page: parameters.text("page").flatMap { Int($0) } ?? 1)
            let localizer = pages.localizer(for: request, session: context.session)
            let instances = try await context.workspace().everyInstance(providers: await providers.providers(), budget: providers.cardBudget)
            let page = InstanceListPage(instances: instances, query: query, localizer: localizer)
            return try pages.page("instances", title: LocalizableMessage("Instances"), section: .instances, page: page, request: request, context: context)
        }
        routes.get("/instances/:cloud/:id") { request, context -> Response in
            guard let cloud = context.parameters.text("cloud"), let id = context.parameters.text("id") else {
                throw WebUIError.notFound(request.uri.path)
            }
            let workspace = try context.workspace()
            guard let instance = await workspace.instances().items.first(where: { $0.id == id && $0.project.cloud == cloud }) else {
                throw WebUIError.notFound(request.uri.path)
            }
            let localizer = pages.localizer(for: request, session: context.session)
            var page = InstanceDetailPage(instance: instance, localizer: localizer)
            page.extras = await InstanceExtras.read(for: instance, in: workspace, localizer: localizer)
            page.pluginActions = await panels.actions(detailURL: page.instance.detailURL, request: request, context: context)
            return try pages.page(
                "instance", title: LocalizableMessage("Instance {name}", ["name": page.instance.name]), section: .instances,
                page: page, request: request, context: context)
        }
        return routes
    }
}
