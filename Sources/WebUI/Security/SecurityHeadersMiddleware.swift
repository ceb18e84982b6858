import HTTPTypes
import Hummingbird

/// Adds the security headers to every response: a strict Content-Security-Policy (our own
/// scripts and styles only, nothing inline), no framing, no sniffing, no referrer to other sites (a same-origin one keeps `Origin` on form posts), and no caching
/// of pages that show a person's clouds or of any response that sets a cookie.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var contentSecurityPolicy: String {
        [
            "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
            "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'",
        ].joined(separator: "; ")
    }

    /// Headers HTTPTypes has no constant for; the names are fixed and valid, so none is dropped.
    static var extraHeaders: [(HTTPField.Name, String)] {
        [
        ("X-Frame-Options", "DENY"), ("Referrer-Policy", "same-origin"), ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"), ("Permissions-Policy", "camera=(), microphone=(), geolocation=()"),
        ].compactMap { name, value in HTTPField.Name(name).map { ($0, value) } }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        for (name, value) in Self.extraHeaders {
            response.headers[name] = value
        }
        // A response that sets a cookie is one browser's alone: no shared cache may keep it.
        if response.headers[.cacheControl] == nil || response.headers[.setCookie] != nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }
}
