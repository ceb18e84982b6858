import CloudConfig
import ExosphereCore
import Hummingbird
import Localization

extension WebApp {
    /// The clouds page and its two ways to add a cloud.
    func addCloudRoutes(to router: Router<WebRequestContext>) {
        router.get("/clouds") { request, context -> Response in
            let sessions = try Self.workspace(context).sessions
            let localizer = self.localizer(for: request, session: context.session)
            var page = CloudsPage(profiles: sessions.sessions.map(\.profile), multiUser: self.configuration.isMultiUser, localizer: localizer)
            page.providers = await self.providersSection(localizer: localizer)
            return try self.page("clouds", title: LocalizableMessage("Clouds"), section: .clouds, page: page, request: request, context: context)
        }
        router.post("/clouds/yaml") { request, context -> Response in
            guard let text = context.form["clouds_yaml"], !text.isEmpty else { throw WebUIError.invalidForm(field: "clouds_yaml") }
            let profiles = try CloudImport.profiles(fromYAML: text, allowingServerFiles: !self.configuration.isMultiUser)
            return try await self.add(profiles, request: request, context: context)
        }
        router.post("/clouds/remove") { request, context -> Response in
            guard let name = context.form.trimmed("name") else { throw WebUIError.invalidForm(field: "name") }
            let workspace = try Self.workspace(context)
            guard workspace.sessions.sessions.contains(where: { $0.profile.name == name }) else { throw WebUIError.unknownCloud(name) }
            workspace.remove(name)
            let localizer = self.localizer(for: request, session: context.session)
            context.session?.notify(localizer.text(LocalizableMessage("Removed {cloud}; its sign-in is forgotten.", ["cloud": name])))
            return Self.redirect("/clouds")
        }
        router.post("/clouds/login") { request, context -> Response in
            let profile = try CloudImport.profile(fromLogin: context.form)
            return try await self.add([profile], request: request, context: context)
        }
    }

    /// Adds `profiles` to this session's workspace after checking that each one signs in, so a
    /// mistyped password is reported on the form rather than on every later page.
    private func add(_ profiles: [CloudProfile], request: Request, context: WebRequestContext) async throws -> Response {
        let workspace = try Self.workspace(context)
        let localizer = self.localizer(for: request, session: context.session)
        var logins: [ExtensionLogin] = []
        for profile in profiles {
            // Signing in through the workspace itself puts these calls in the person's activity log.
            do {
                let projects = try await workspace.add(profile)?.listProjects()
                logins.append(ExtensionLogin(cloud: profile.name, authType: profile.auth.typeName, projectCount: projects?.count ?? 0))
            } catch {
                workspace.remove(profile.name)
                let reason = (error as? any UserFacingError).map { localizer.text($0.message) } ?? localizer.text(LocalizableMessage("The cloud could not be reached."))
                throw WebUIError.invalidCloud(reason: reason)
            }
        }
        logins.forEach(tellExtensions(signedIn:))
        let names = profiles.map(\.name).joined(separator: ", ")
        // Signing in gives the session a new id: whoever knew the old cookie knows nothing now.
        var response = Self.redirect("/clouds")
        var session = context.session
        if let current = session, !context.sessionIsProvisional, let rotated = store.rotate(current) {
            session = rotated.session
            response.setCookie(SessionCookie.cookie(rotated.cookie, secure: configuration.servesHTTPS))
        }
        session?.notify(localizer.text(LocalizableMessage("Added {clouds}.", ["clouds": names])))
        return response
    }
}
