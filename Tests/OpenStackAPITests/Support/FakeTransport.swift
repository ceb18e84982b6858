import Foundation
import OpenStackAPI
import Synchronization
import OutboundHTTP

/// A recording ``HTTPTransport``: answers from registered routes and keeps every request, the way
/// openstacksdk's requests-mock fixtures and gophercloud's `th.Mux` do.
final class FakeTransport: HTTPTransport {
    typealias Responder = @Sendable (TransportRequest) async throws -> TransportResponse

    private struct Route {
        let method: TransportRequest.Method
        let path: String
        let respond: Responder
    }

    private let routes = Mutex<[Route]>([])
    private let recorded = Mutex<[TransportRequest]>([])

    /// Registers a responder; later registrations for the same method and path win.
    func on(_ method: TransportRequest.Method, _ path: String, respond: @escaping Responder) {
        routes.withLock { $0.insert(Route(method: method, path: path, respond: respond), at: 0) }
    }

    /// Registers a fixed answer from a fixture file (or an empty body).
    func on(
        _ method: TransportRequest.Method,
        _ path: String,
        status: Int = 200,
        fixture: String? = nil,
        headers: [String: String] = [:]
    ) throws {
        let body = try fixture.map(Fixtures.data) ?? Data()
        var headers = headers
        if fixture != nil, headers["content-type"] == nil { headers["content-type"] = "application/json" }
        let response = TransportResponse(status: status, headers: headers, body: body)
        on(method, path) { _ in response }
    }

    /// Every request sent, in order.
    var requests: [TransportRequest] {
        recorded.withLock { $0 }
    }

    /// Requests sent to `path` with `method`.
    func requests(_ method: TransportRequest.Method, _ path: String) -> [TransportRequest] {
        requests.filter { $0.method == method && $0.url.path == path }
    }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        recorded.withLock { $0.append(request) }
        let route = routes.withLock { routes in
            routes.first { $0.method == request.method && $0.path == request.url.path }
        }
        guard let route else {
            return TransportResponse(
                status: 599, body: Data("no fake route for \(request.method.rawValue) \(request.url.path)".utf8))
        }
        return try await route.respond(request)
    }
}

extension TransportRequest {
    /// The query as name → value (last value wins).
    var query: [String: String] {
        let items = URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems ?? []
        return Dictionary(items.map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
    }

    /// The body parsed as JSON.
    func jsonBody() throws -> JSON {
        try JSON.parse(body ?? Data())
    }
}
