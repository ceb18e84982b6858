import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Finds or starts the browser session for every request, and guards every state-changing
/// request: its form must carry a valid, unused CSRF token, and its `Origin` (when the browser
/// sends one) must be this server.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The most a form body may hold, in bytes.
    static let maximumFormBytes = 1 << 20

    let store: SessionStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        var newCookie: String?
        if let session = store.session(forCookie: request.cookies[SessionCookie.name]?.value) {
            context.session = session
        } else if let created = store.create() {
            context.session = created.session
            newCookie = created.cookie
        }
        var request = request
        if request.method != .get && request.method != .head {
            // A new session has issued no token yet, so its first post is refused like any forgery.
            guard let session = context.session, newCookie == nil, Self.sameOrigin(request) else {
                throw WebUIError.invalidCSRFToken
            }
            let body = try await request.collectBody(upTo: Self.maximumFormBytes)
            let form = FormFields(parsing: String(buffer: body))
            guard session.csrf.redeem(form["csrf"]) else {
                throw WebUIError.invalidCSRFToken
            }
            context.form = form
        }
        var response = try await next(request, context)
        if let newCookie {
            response.setCookie(
                Cookie(name: SessionCookie.name, value: newCookie, path: "/", httpOnly: true, sameSite: .strict))
        }
        return response
    }

    /// Whether `Origin`, when present, names the host the request was sent to.
    static func sameOrigin(_ request: Request) -> Bool {
        guard let origin = request.headers[.origin] else { return true }
        guard let host = request.head.authority else { return false }
        return origin == "http://\(host)" || origin == "https://\(host)"
    }
}
