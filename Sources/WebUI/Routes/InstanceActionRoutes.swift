import CloudConfig
import ExosphereCore
import Hummingbird
import Localization

/// What is done to instances from their pages: one POST per action (CSRF-checked by
/// ``SessionMiddleware``), the pages that ask what resize and rebuild need, delete behind a
/// confirmation page, attaching and detaching volumes, and the instance list's bulk actions.
struct InstanceActionRoutes: Sendable {
    let pages: PageResponder
    /// The operator's catalogue choices, for the flavors and images resize and rebuild offer.
    let launchSettings: LaunchSettings

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        addActionRoutes(to: routes)
        addFormRoutes(to: routes)
        addBulkActionRoutes(to: routes)
        addVolumeRoutes(to: routes)
        return routes
    }

    /// One POST per action, and delete behind a confirmation page that offers removing the
    /// floating IPs and volumes that go with it.
    private func addActionRoutes(to routes: RouteCollection<WebRequestContext>) {
        routes.post("/instances/:cloud/:id/actions/:action") { request, context -> Response in
            let (session, instance, detailURL) = try await context.pathInstance(request)
            guard let name = context.parameters.text("action"), let action = InstanceAction(rawValue: name), action != .delete else {
                throw WebUIError.notFound(request.uri.path)
            }
            let options = try Self.actionOptions(for: action, form: context.form)
            let localizer = pages.localizer(for: request, session: context.session)
            do {
                _ = try await session.instances.perform(action, on: instance, options: options)
                // Poll this project fast at once, so the action's progress shows on the next page.
                await (try? context.workspace())?.expedite(instance.project)
                context.session?.notify(localizer.text(ActionWords.accepted(localizer.text(ActionWords.label(action)), instance: instance.name)))
            } catch {
                context.session?.notify(localizer.describe(error), isError: true)
            }
            return .seeOther(detailURL)
        }
        routes.get("/instances/:cloud/:id/delete") { request, context -> Response in
            let (session, instance, detailURL) = try await context.pathInstance(request)
            let plan = try await session.instances.planDeletion(of: instance)
            let page = DeletionPage(plan: plan, detailURL: detailURL, localizer: pages.localizer(for: request, session: context.session))
            return try pages.page(
                "instance-delete", title: LocalizableMessage("Delete {name}?", ["name": page.instanceName]), section: .instances,
                page: page, request: request, context: context)
        }
        routes.post("/instances/:cloud/:id/delete") { request, context -> Response in
            let (session, instance, detailURL) = try await context.pathInstance(request)
            let localizer = pages.localizer(for: request, session: context.session)
            let choices = DeletionChoices(
                releaseFloatingIPs: context.form["release_ips"] == "on", deleteVolumes: context.form["delete_volumes"] == "on")
            do {
                let plan = try await session.instances.planDeletion(of: instance)
                _ = try await session.instances.delete(plan, choices: choices)
                await (try? context.workspace())?.expedite(instance.project)
                context.session?.notify(localizer.text(LocalizableMessage("{instance} is being deleted.", ["instance": instance.name])))
                return .seeOther("/instances")
            } catch {
                context.session?.notify(localizer.describe(error), isError: true)
                return .seeOther(detailURL)
            }
        }
    }
}
