import Hummingbird
import NIOCore
import SessionDatabase

/// What a load balancer or service manager asks: `GET /healthz` (the process answers) and
/// `GET /readyz` (it can serve pages: it is not draining, its templates load and, in hosted mode,
/// its session database answers). Neither needs or makes a session,
/// so probes every few seconds cost no memory (see ``SessionMiddleware/isProbe(_:)``).
struct HealthRoutes: Sendable {
    /// The paths, for the session middleware to pass through.
    static let paths: Set<String> = ["/healthz", "/readyz"]

    let pages: PageResponder
    /// The session database, in hosted mode.
    let database: SessionDatabase?
    /// Whether the server is stopping.
    let drain: DrainState

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get("/healthz") { _, _ in Self.text(.ok, "ok\n") }
        routes.get("/readyz") { _, _ in
            if drain.isDraining { return Self.text(.serviceUnavailable, "not ready: stopping, finishing the requests under way\n") }
            if let reason = pages.unreadiness() { return Self.text(.serviceUnavailable, "not ready: \(reason)\n") }
            if let database, await !database.isReachable() {
                return Self.text(.serviceUnavailable, "not ready: the session database at \(database.address.redacted) does not answer\n")
            }
            return Self.text(.ok, "ready\n")
        }
        return routes
    }

    private static func text(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(
            status: status, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
