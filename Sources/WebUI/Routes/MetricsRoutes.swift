import Hummingbird
import NIOCore
import Prometheus

/// `GET /metrics`: the process's metrics in Prometheus's text format, for a scraper that sends
/// `Authorization: Bearer <hosting.metrics_token>`. Without a token set there is no such page;
/// with a wrong one the answer is 401. Like the health probes it needs and makes no session.
///
/// What is there: requests by route, method and status with their durations (Hummingbird's
/// `MetricsMiddleware`: `hb_requests`, `http_server_request_duration`), requests in flight, the
/// sessions this replica holds (`exosphere_sessions_active`), instance polls by cloud and outcome
/// (`exosphere_poll_duration_seconds`), session database calls
/// (`exosphere_session_database_duration_seconds`) and plugin calls by plugin
/// (`exosphere_plugin_call_duration_seconds`).
struct MetricsRoutes: Sendable {
    static let path = "/metrics"
    /// `exosphere_sessions_active`, set at each scrape (a descriptor is not `Sendable`, so it is
    /// made where used).
    static var sessionsActive: MetricNameDescriptor {
        MetricNameDescriptor(namespace: "exosphere", metricName: "sessions_active", unitName: "", helpText: "Browser sessions this replica holds.")
    }

    let registry: PrometheusCollectorRegistry?
    let token: String?
    let store: SessionStore

    func routes() -> RouteCollection<WebRequestContext> {
        let routes = RouteCollection(context: WebRequestContext.self)
        routes.get(RouterPath(Self.path)) { request, _ -> Response in
            guard let registry, let token else { throw WebUIError.notFound(Self.path) }
            let given = request.headers[.authorization] ?? ""
            guard given.hasPrefix("Bearer "), SessionMiddleware.constantTimeEqual(String(given.dropFirst("Bearer ".count)), token) else {
                return Response(status: .unauthorized, headers: [.wwwAuthenticate: "Bearer", .cacheControl: "no-store"])
            }
            registry.makeGauge(descriptor: Self.sessionsActive).set(Int64(clamping: store.count))
            return Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
                body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
        return routes
    }
}
