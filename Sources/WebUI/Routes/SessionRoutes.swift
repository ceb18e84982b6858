import Hummingbird

/// `POST /logout`: forgets this browser's session (on every replica, in hosted mode) and, in
/// multi-user mode, signs out of its clouds (each token revoked where the cloud allows); the
/// browser's cookie is cleared.
struct SessionRoutes: Sendable {
    let store: SessionStore
    /// Whether cookies are sent over HTTPS only.
    let secureCookie: Bool

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.post("/logout") { _, context -> Response in
            if let session = context.session, !context.sessionIsProvisional {
                try await store.end(session)
            }
            var response = Response.seeOther("/")
            response.setCookie(SessionCookie.expired(secure: secureCookie))
            return response
        }
        return routes
    }
}
