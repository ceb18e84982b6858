import ExosphereCore
import Hummingbird
import Localization

extension WebApp {
    /// Instance actions: one POST per action (CSRF-checked by ``SessionMiddleware``), and delete
    /// behind a confirmation page that offers removing the floating IPs and volumes that go with it.
    func addInstanceActionRoutes(to router: Router<WebRequestContext>) {
        router.post("/instances/:cloud/:id/actions/:action") { request, context -> Response in
            let (session, instance, detailURL) = try await Self.findInstance(request, context)
            guard let name = context.parameters.text("action"), let action = InstanceAction(rawValue: name), action != .delete else {
                throw WebUIError.notFound(request.uri.path)
            }
            let options = try Self.actionOptions(for: action, form: context.form)
            let localizer = self.localizer(for: request, session: context.session)
            do {
                _ = try await session.instances.perform(action, on: instance, options: options)
                // Poll this project fast at once, so the action's progress shows on the next page.
                await (try? Self.workspace(context))?.expedite(instance.project)
                context.session?.notify(localizer.text(ActionWords.accepted(localizer.text(ActionWords.label(action)), instance: instance.name)))
            } catch {
                context.session?.notify(Self.describe(error, localizer: localizer), isError: true)
            }
            return Self.redirect(detailURL)
        }
        router.get("/instances/:cloud/:id/delete") { request, context -> Response in
            let (session, instance, detailURL) = try await Self.findInstance(request, context)
            let plan = try await session.instances.planDeletion(of: instance)
            let page = DeletionPage(plan: plan, detailURL: detailURL, localizer: self.localizer(for: request, session: context.session))
            return try self.page(
                "instance-delete", title: LocalizableMessage("Delete {name}?", ["name": page.instanceName]), section: .instances,
                page: page, request: request, context: context)
        }
        router.post("/instances/:cloud/:id/delete") { request, context -> Response in
            let (session, instance, detailURL) = try await Self.findInstance(request, context)
            let localizer = self.localizer(for: request, session: context.session)
            let choices = DeletionChoices(
                releaseFloatingIPs: context.form["release_ips"] == "on", deleteVolumes: context.form["delete_volumes"] == "on")
            do {
                let plan = try await session.instances.planDeletion(of: instance)
                _ = try await session.instances.delete(plan, choices: choices)
                await (try? Self.workspace(context))?.expedite(instance.project)
                context.session?.notify(localizer.text(LocalizableMessage("{instance} is being deleted.", ["instance": instance.name])))
                return Self.redirect("/instances")
            } catch {
                context.session?.notify(Self.describe(error, localizer: localizer), isError: true)
                return Self.redirect(detailURL)
            }
        }
    }

    /// The session, instance and detail page address the `:cloud/:id` path names.
    static func findInstance(_ request: Request, _ context: WebRequestContext) async throws -> (CloudSession, Instance, String) {
        guard let cloud = context.parameters.text("cloud"), let id = context.parameters.text("id") else {
            throw WebUIError.notFound(request.uri.path)
        }
        let workspace = try workspace(context)
        guard let session = workspace.sessions.session(named: cloud),
            let instance = await workspace.instances().items.first(where: { $0.id == id && $0.project.cloud == cloud })
        else { throw WebUIError.notFound(request.uri.path) }
        return (session, instance, "/instances/" + PathComponent.encode(cloud) + "/" + PathComponent.encode(id))
    }
}
