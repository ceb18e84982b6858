import CloudConfig
import ExosphereCore
import Hummingbird
import Localization

/// Signs a browser session in to clouds, by whatever means the person chose (a form, a pasted
/// clouds.yaml, single sign-on): each cloud is checked by listing its projects before it is
/// kept, plugins are told, and the session gets a new id.
struct CloudSignIn: Sendable {
    let pages: PageResponder
    /// Where a sign-in rotates the session's cookie.
    let store: SessionStore
    /// Whether cookies are sent over HTTPS only.
    let secureCookie: Bool
    /// Told of each cloud signed in to.
    let extensionAccess: ExtensionAccess

    /// Adds `profiles` to this session's workspace after checking that each one signs in, so a
    /// mistyped password is reported on the form rather than on every later page; a cloud that
    /// does not sign in is removed again. Returns the clouds' sessions, in order.
    @discardableResult
    func add(_ profiles: [CloudProfile], request: Request, context: WebRequestContext) async throws -> [CloudSession] {
        let workspace = try context.workspace()
        let localizer = pages.localizer(for: request, session: context.session)
        var logins: [ExtensionLogin] = []
        var added: [CloudSession] = []
        for profile in profiles {
            // Signing in through the workspace itself puts these calls in the person's activity log.
            do {
                let session = workspace.add(profile)
                let projects = try await session?.listProjects()
                logins.append(ExtensionLogin(cloud: profile.name, authType: profile.auth.typeName, projectCount: projects?.count ?? 0))
                if let session { added.append(session) }
            } catch {
                workspace.remove(profile.name)
                let reason = (error as? any UserFacingError).map { localizer.text($0.message) } ?? localizer.text(LocalizableMessage("The cloud could not be reached."))
                throw WebUIError.invalidCloud(reason: reason)
            }
        }
        logins.forEach(extensionAccess.tell(signedIn:))
        let names = profiles.map(\.name).joined(separator: ", ")
        // Left before the new id is given, so the renewed session (and its stored copy) has it.
        context.session?.notify(localizer.text(LocalizableMessage("Added {clouds}.", ["clouds": names])))
        return added
    }

    /// Sends the browser to `path` under a new session id: whoever knew the old cookie knows
    /// nothing now.
    func finish(at path: String, context: WebRequestContext) async throws -> Response {
        var response = Response.seeOther(path)
        if let current = context.session, !context.sessionIsProvisional, let rotated = try await store.rotate(current) {
            response.setCookie(SessionCookie.cookie(rotated.cookie, secure: secureCookie))
        }
        return response
    }
}
