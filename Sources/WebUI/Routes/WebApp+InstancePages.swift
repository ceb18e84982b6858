import CloudConfig
import ExosphereCore
import Foundation
import Hummingbird
import Localization

extension WebApp {
    /// The instance list (`GET /instances`, searched, filtered, sorted and paged) and one
    /// instance's page (`GET /instances/:cloud/:id`).
    func addInstancePageRoutes(to router: Hummingbird.Router<WebRequestContext>) {
        router.get("/instances") { request, context -> Response in
            let parameters = request.uri.queryParameters
            let query = InstanceListQuery(
                search: parameters.text("q").flatMap { $0.isEmpty ? nil : $0 },
                state: parameters.text("state").flatMap { $0.isEmpty ? nil : $0 },
                project: parameters.text("project").flatMap { $0.isEmpty ? nil : $0 },
                sort: parameters.text("sort").flatMap(InstanceListQuery.Sort.init(rawValue:)) ?? .name,
                page: parameters.text("page").flatMap { Int($0) } ?? 1)
            let localizer = self.localizer(for: request, session: context.session)
            let instances = try await Self.workspace(context).everyInstance(
                providers: await self.instanceProviders(), budget: self.configuration.extensionCardBudget)
            let page = InstanceListPage(instances: instances, query: query, localizer: localizer)
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
    }
}
