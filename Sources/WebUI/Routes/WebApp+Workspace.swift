import ExosphereCore

extension WebApp {
    /// The clouds of the request's browser session; a request without one is refused as a CSRF
    /// failure (the session middleware gives every page request one).
    static func workspace(_ context: WebRequestContext) throws -> CloudWorkspace {
        guard let session = context.session else { throw WebUIError.invalidCSRFToken }
        return session.workspace
    }
}
