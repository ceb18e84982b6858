import CloudConfig
import ExosphereCore
import Hummingbird
import Localization

/// The clouds page and its ways to add a cloud (a sign-in to one the operator offers, or, when
/// visitors may add their own, `clouds.yaml` text or a sign-in form), and removing one.
struct CloudRoutes: Sendable {
    let pages: PageResponder
    /// Where a sign-in rotates the session's cookie.
    let store: SessionStore
    /// Whether strangers use this server: then `clouds.yaml` may not name the server's own files.
    let isMultiUser: Bool
    /// The clouds the operator offers, and whether visitors may add others.
    let hosting: HostingSettings
    /// Whether cookies are sent over HTTPS only.
    let secureCookie: Bool
    /// Told of each cloud signed in to.
    let extensionAccess: ExtensionAccess
    /// The providers shown beside the clouds.
    let providers: ProviderAccess

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/clouds") { request, context -> Response in
            let sessions = try context.workspace().sessions
            let localizer = pages.localizer(for: request, session: context.session)
            let singleSignOn = Set(context.session?.singleSignOn.expiries.keys ?? [:].keys)
            var page = CloudsPage(profiles: sessions.sessions.map(\.profile), multiUser: isMultiUser, singleSignOn: singleSignOn, localizer: localizer)
            page.providers = await providers.section(localizer: localizer)
            page.offer(hosting)
            return try pages.page("clouds", title: LocalizableMessage("Clouds"), section: .clouds, page: page, request: request, context: context)
        }
        routes.post("/clouds/yaml") { request, context -> Response in
            guard hosting.visitorClouds else { throw WebUIError.onlyOfferedClouds }
            guard let text = context.form["clouds_yaml"], !text.isEmpty else { throw WebUIError.invalidForm(field: "clouds_yaml") }
            let profiles = try CloudImport.profiles(fromYAML: text, allowingServerFiles: !isMultiUser)
            return try await add(profiles, request: request, context: context)
        }
        routes.post("/clouds/remove") { request, context -> Response in
            guard let name = context.form.trimmed("name") else { throw WebUIError.invalidForm(field: "name") }
            let workspace = try context.workspace()
            guard workspace.sessions.sessions.contains(where: { $0.profile.name == name }) else { throw WebUIError.unknownCloud(name) }
            workspace.remove(name)
            let localizer = pages.localizer(for: request, session: context.session)
            context.session?.notify(localizer.text(LocalizableMessage("Removed {cloud}; its sign-in is forgotten.", ["cloud": name])))
            return .seeOther("/clouds")
        }
        routes.post("/clouds/login") { request, context -> Response in
            let profile: CloudProfile
            if let name = context.form.trimmed("offered") {
                guard let offered = hosting.cloud(named: name) else { throw WebUIError.onlyOfferedClouds }
                profile = try CloudImport.profile(offered: offered, form: context.form)
            } else {
                guard hosting.visitorClouds else { throw WebUIError.onlyOfferedClouds }
                profile = try CloudImport.profile(fromLogin: context.form)
            }
            return try await add([profile], request: request, context: context)
        }
        return routes
    }

    private func add(_ profiles: [CloudProfile], request: Request, context: WebRequestContext) async throws -> Response {
        let signIn = CloudSignIn(pages: pages, store: store, secureCookie: secureCookie, extensionAccess: extensionAccess)
        try await signIn.add(profiles, request: request, context: context)
        return try await signIn.finish(at: "/clouds", context: context)
    }
}
