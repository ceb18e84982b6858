import Hummingbird

extension WebApp {
    /// `POST /logout`: forgets this browser's session and, in multi-user mode, closes its
    /// clouds (their tokens go with their HTTP clients); the browser's cookie is cleared.
    func addSessionRoutes(to router: Router<WebRequestContext>) {
        router.post("/logout") { _, context -> Response in
            if let session = context.session, !context.sessionIsProvisional {
                await self.store.end(session)
            }
            var response = Self.redirect("/")
            response.setCookie(SessionCookie.expired(secure: self.configuration.servesHTTPS))
            return response
        }
    }
}
