import CloudConfig
import ExosphereCore
import Foundation
import Hummingbird
import Localization
import Secrets

/// Single sign-on through Keystone's federation (WebSSO), for the clouds the operator offers it
/// for (`hosting.clouds[].sign_in: [sso]`).
///
/// `GET /sso/start?cloud=NAME&csrf=TOKEN` (the Clouds page's link) notes the sign-in under way in
/// the session and sends the browser to Keystone's web single sign-on address, with
/// `origin` = this server's `/sso/callback`. Keystone, after the institution's sign-in, posts an
/// unscoped token there; the token is checked by listing the person's projects with it, and the
/// cloud is added as with a password. A sign-in by single sign-on that nears its end sends the
/// person through it again (`/sso/start?cloud=NAME&return=PATH`, from ``SingleSignOnRenewal``)
/// and back to the page they were on.
///
/// Keystone's post comes from another site, so the browser may leave this server's cookie
/// (SameSite=Strict) behind: then the answer is a page of this server that posts the token again,
/// from here, with the cookie. A token is accepted only by a session that started a sign-in
/// within the last 15 minutes, once, so a token someone else obtained cannot be pushed into a
/// person's session.
struct SingleSignOnRoutes: Sendable {
    /// Where Keystone posts the token; Keystone's `[federation] trusted_dashboard` must list
    /// this path on the server's public address.
    static let callbackPath = "/sso/callback"

    let signIn: CloudSignIn
    /// The clouds the operator offers.
    let hosting: HostingSettings
    /// This server's own origin, for the callback address.
    let origins: OriginPolicy
    /// Whether a browser must bring the access token before anything else.
    let requiresAdmission: Bool

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/sso/start") { request, context -> Response in
            try await start(request, context: context)
        }
        routes.post(RouterPath(Self.callbackPath)) { request, context -> Response in
            try await callback(request, context: context)
        }
        return routes
    }

    /// Notes the sign-in under way and sends the browser to Keystone.
    private func start(_ request: Request, context: WebRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        let name = query.get("cloud") ?? ""
        guard let cloud = hosting.cloud(named: name), cloud.signIn.contains(.singleSignOn) else {
            throw WebUIError.singleSignOnNotOffered(String(name.prefix(64)))
        }
        guard var session = context.session else { throw WebUIError.singleSignOnNotStarted }
        var newCookie: String?
        let csrf = query.get("csrf")
        if let token = csrf {
            // From the Clouds page: the same check as a form's.
            guard session.csrf.redeem(token), try await signIn.store.firstUse(ofFormToken: token) else { throw WebUIError.invalidCSRFToken }
            if context.sessionIsProvisional {
                let kept = try await signIn.store.keep(session, for: request, context: context)
                session = kept.session
                newCookie = kept.cookie
            }
        } else {
            // A renewal: only for a cloud this session already signed in to this way.
            guard !context.sessionIsProvisional, session.singleSignOn.expiries[cloud.name] != nil else {
                throw WebUIError.singleSignOnNotStarted
            }
        }
        guard let origin = origins.ownOrigin(host: request.head.authority), let callback = URL(string: origin + Self.callbackPath),
            let keystone = cloud.webSingleSignOnURL(origin: callback)
        else { throw WebUIError.singleSignOnNotOffered(cloud.name) }
        let returnPath = SingleSignOnState.returnPath(query.get("return") ?? "/clouds")
        session.changeSingleSignOn { $0.start(cloud: cloud.name, returnPath: returnPath, renewal: csrf == nil, at: Date()) }
        try await signIn.store.storeIfChanged(session)
        var response = Response.seeOther(keystone.absoluteString)
        if let newCookie { response.setCookie(SessionCookie.cookie(newCookie, secure: signIn.secureCookie)) }
        return response
    }

    /// Takes the token Keystone posted: adds the cloud with it, or, when the browser left the
    /// cookie behind, answers with a page that posts it again from here.
    private func callback(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let token = SingleSignOnToken.checked(context.form["token"]) else { throw WebUIError.invalidForm(field: "token") }
        guard let session = context.session, !context.sessionIsProvisional, !requiresAdmission || session.isAdmitted else {
            guard context.form["bounced"] == nil else { throw WebUIError.singleSignOnCookieMissing }
            return try signIn.pages.page(
                "sso-continue", title: LocalizableMessage("Finishing your sign-in"), section: .clouds,
                page: ContinuePage(token: token), request: request, context: context)
        }
        guard let pending = session.changeSingleSignOn({ $0.takePending(at: Date()) }), let cloud = hosting.cloud(named: pending.cloud),
            cloud.signIn.contains(.singleSignOn)
        else { throw WebUIError.singleSignOnNotStarted }
        let workspace = try context.workspace()
        let previousUser = await workspace.sessions.session(named: cloud.name)?.signedInUserID()
        let profile = CloudProfile(
            name: cloud.name, auth: .token(TokenAuth(token: Secret(token), project: nil)), authURL: cloud.authURL,
            regionName: cloud.region, interface: cloud.interface, source: CloudImport.offeredSource)
        guard let added = try await signIn.add([profile], request: request, context: context).first else {
            throw WebUIError.singleSignOnNotStarted
        }
        if let previousUser, await added.signedInUserID() != previousUser {
            workspace.remove(cloud.name)
            session.changeSingleSignOn { $0.expiries[cloud.name] = nil }
            throw WebUIError.singleSignOnOtherUser(cloud: cloud.name)
        }
        let expiry = await added.signInExpiry()
        session.changeSingleSignOn { $0.expiries[cloud.name] = expiry }
        return try await signIn.finish(at: pending.returnPath, context: context)
    }

    /// The page that posts the token again from this server, so the browser sends its cookie.
    struct ContinuePage: Sendable {
        var token: String
    }
}
