import CloudConfig
import ExosphereCore
import Foundation
import HTTPTypes
import Hummingbird

/// Sends a person whose sign-in by single sign-on ends within five minutes (or has ended) through
/// it again, before the page they asked for, and back to that page afterwards (see
/// ``SingleSignOnState/cloudToRenew(among:at:)``).
///
/// Only page views are sent away: a form post would lose what was typed, and a script's request
/// cannot follow the identity provider's pages.
struct SingleSignOnRenewal: RouterMiddleware {
    typealias Context = WebRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get, !context.sessionIsProvisional, let session = context.session,
            !request.uri.path.hasPrefix("/sso/"), Self.isPageView(request)
        else { return try await next(request, context) }
        let singleSignOn = session.singleSignOn
        guard !singleSignOn.expiries.isEmpty,
            let cloud = singleSignOn.cloudToRenew(among: session.workspace.sessions.sessions.map(\.profile.name), at: Date())
        else { return try await next(request, context) }
        return .seeOther("/sso/start?cloud=" + Self.encoded(cloud) + "&return=" + Self.encoded(Self.pathAndQuery(request)))
    }

    /// Whether the browser navigates to a page (rather than a script fetching data).
    static func isPageView(_ request: Request) -> Bool {
        if let name = fetchMode, let mode = request.headers[name] { return mode == "navigate" }
        return request.headers[.accept]?.contains("text/html") ?? false
    }

    private static let fetchMode = HTTPField.Name("Sec-Fetch-Mode")
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// `text` as a query value: everything but unreserved characters percent-encoded.
    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static func pathAndQuery(_ request: Request) -> String {
        guard let query = request.uri.query, !query.isEmpty else { return request.uri.path }
        return request.uri.path + "?" + query
    }
}
