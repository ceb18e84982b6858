import Foundation

/// The request a redirect leads to, as browsers and curl follow one: `303` (and `301`/`302` after
/// anything but GET or HEAD) becomes a GET without body, `307`/`308` repeat the request. A cloud's
/// token goes on only to the same host over a scheme at least as safe: a proxy's http-to-https
/// redirect keeps it, a redirect to another host (or down to http) drops it, so no cloud can
/// hand its users' tokens to a third party.
enum Redirect {
    /// Status codes that redirect.
    static let statuses: Set<Int> = [301, 302, 303, 307, 308]
    /// Headers that carry credentials.
    static let credentialHeaders: Set<String> = ["x-auth-token", "x-subject-token", "authorization", "cookie"]

    /// The next request after `request` got `response`, or `nil` when it is not a redirect to an
    /// http or https address.
    static func next(after request: TransportRequest, response: TransportResponse) -> TransportRequest? {
        guard statuses.contains(response.status), let location = response.headers["location"],
            let target = URL(string: location, relativeTo: request.url)?.absoluteURL,
            let scheme = target.scheme?.lowercased(), scheme == "http" || scheme == "https", target.host != nil
        else { return nil }
        var next = request
        next.url = target
        let becomesGET = response.status == 303 || ([301, 302].contains(response.status) && ![.get, .head].contains(request.method))
        if becomesGET {
            next.method = request.method == .head ? .head : .get
            next.body = nil
            next.headers = next.headers.filter { $0.key.lowercased() != "content-type" }
        }
        if !keepsCredentials(from: request.url, to: target) {
            next.headers = next.headers.filter { !credentialHeaders.contains($0.key.lowercased()) }
        }
        return next
    }

    /// Whether credentials sent to `origin` may go on to `target`: same host, and not from https
    /// down to http.
    static func keepsCredentials(from origin: URL, to target: URL) -> Bool {
        guard origin.host?.lowercased() == target.host?.lowercased() else { return false }
        return !(origin.scheme?.lowercased() == "https" && target.scheme?.lowercased() == "http")
    }
}
