import CloudConfig
import ExosphereCore
import Hummingbird
import Localization

extension ResourceRoutes {
    /// The resource pages' forms (POST, CSRF-checked by ``SessionMiddleware``); each runs one core
    /// call, leaves a notice saying what happened, and returns to its page.
    func addFormRoutes(to routes: RouteCollection<WebRequestContext>) {
        resourceForm(routes, "/volumes", .volumes) { session, project, form, _, _ in
            guard let name = form.trimmed("name") else { throw WebUIError.invalidForm(field: "name") }
            guard let size = try form.positiveNumber("size", maximum: LaunchFormInput.maximumVolumeGiB) else {
                throw WebUIError.invalidForm(field: "size")
            }
            let volume = try await session.volumes.create(name: name, sizeGiB: size, in: project)
            return LocalizableMessage("Volume {volume} is being created.", ["volume": volume.displayName])
        }
        resourceForm(routes, "/volumes/:id/extend", .volumes) { session, project, form, id, _ in
            guard let size = try form.positiveNumber("size", maximum: LaunchFormInput.maximumVolumeGiB) else {
                throw WebUIError.invalidForm(field: "size")
            }
            let volume = try await session.volumes.extend(try await session.volumes.find(id, in: project), toGiB: size)
            return LocalizableMessage("Volume {volume} is being extended to {size} GiB.", ["volume": volume.displayName, "size": String(size)])
        }
        resourceForm(routes, "/volumes/:id/delete", .volumes) { session, project, _, id, _ in
            let volume = try await session.volumes.find(id, in: project)
            try await session.volumes.delete(volume)
            return LocalizableMessage("Volume {volume} is being deleted.", ["volume": volume.displayName])
        }
        resourceForm(routes, "/floating-ips", .floatingIPs) { session, project, _, _, _ in
            let address = try await session.floatingIPs.allocate(in: project)
            return LocalizableMessage("Public IP address {address} is allocated to your project.", ["address": address.address])
        }
        resourceForm(routes, "/floating-ips/:id/associate", .floatingIPs) { session, project, form, id, workspace in
            guard let instanceID = form.trimmed("instance"),
                let instance = await workspace.instances().items.first(where: { $0.id == instanceID && $0.project == project })
            else { throw WebUIError.invalidForm(field: "instance") }
            let address = try await session.floatingIPs.associate(try await session.floatingIPs.find(id, in: project), with: instance)
            return LocalizableMessage("{address} now reaches {instance}.", ["address": address.address, "instance": instance.name])
        }
        resourceForm(routes, "/floating-ips/:id/release", .floatingIPs) { session, project, _, id, _ in
            let address = try await session.floatingIPs.find(id, in: project)
            try await session.floatingIPs.release(address)
            return LocalizableMessage("Public IP address {address} is released.", ["address": address.address])
        }
        resourceForm(routes, "/keypairs", .keypairs) { session, project, form, _, _ in
            guard let name = form.trimmed("name") else { throw WebUIError.invalidForm(field: "name") }
            guard let text = form.trimmed("public_key") else { throw WebUIError.invalidForm(field: "public_key") }
            let keypair = try await session.keypairs.importKey(name: name, publicKey: try PublicKey(parsing: text), in: project)
            return LocalizableMessage("Key pair {name} is imported.", ["name": keypair.name])
        }
        // The name travels in the body: key pair names may hold characters a path would mangle.
        resourceForm(routes, "/keypairs/delete", .keypairs) { session, project, form, _, _ in
            guard let name = form.trimmed("name") else { throw WebUIError.invalidForm(field: "name") }
            try await session.keypairs.delete(name: name, in: project)
            return LocalizableMessage("Key pair {name} is deleted.", ["name": name])
        }
        resourceForm(routes, "/security-groups/:id/ensure", .securityGroups) { session, project, _, id, _ in
            let group = try await session.securityGroups.find(id, in: project)
            let added = try await session.securityGroups.ensureExosphereRules(on: group, in: project)
            return added.isEmpty
                ? LocalizableMessage("{group} already allows SSH and ping.", ["group": group.name])
                : LocalizableMessage("{group} now allows SSH and ping.", ["group": group.name])
        }
        resourceForm(routes, "/images/:id/delete", .images) { session, project, _, id, _ in
            try await session.images.delete(id, in: project)
            return LocalizableMessage("The image is being deleted.")
        }
    }

    private func resourceForm(
        _ routes: RouteCollection<WebRequestContext>, _ path: String, _ kind: ResourceTabs.Kind,
        _ change: @escaping @Sendable (CloudSession, ProjectSummary, FormFields, String, CloudWorkspace) async throws -> LocalizableMessage
    ) {
        routes.post(RouterPath(path)) { request, context -> Response in
            let form = context.form
            let (session, project) = try await context.homeTarget(cloud: form.trimmed("cloud"))
            let localizer = pages.localizer(for: request, session: context.session)
            let back = kind.path + PathComponent.query([("cloud", session.profile.name)])
            do {
                let message = try await change(session, project, form, context.parameters.text("id") ?? "", try context.workspace())
                context.session?.notify(localizer.text(message))
            } catch let error as WebUIError {
                throw error
            } catch {
                context.session?.notify(localizer.describe(error), isError: true)
            }
            return .seeOther(back)
        }
    }
}
