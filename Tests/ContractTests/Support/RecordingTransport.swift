import Foundation
import OpenStackAPI
import Synchronization
import OutboundHTTP

/// The production transport, keeping each response so that tests can look at the raw JSON a
/// client received (for shape checks and for the cloud's own error text).
///
/// Request headers are not kept: they hold the token.
final class RecordingTransport: HTTPTransport {
    /// One request and its response.
    struct Exchange: Sendable {
        var method: TransportRequest.Method
        var url: URL
        var status: Int
        var body: Data

        /// The response body as JSON, when it is JSON.
        var json: JSONNode? { try? JSONNode.parse(body) }
    }

    private let inner: AsyncHTTPClientTransport
    private let storage = Mutex<[Exchange]>([])

    init() {
        // Fail at once on a refused connection instead of retrying until the connect timeout.
        inner = AsyncHTTPClientTransport(
            configuration: .init(
                connectTimeout: .seconds(10), readTimeout: .seconds(120), requestTimeout: .seconds(240),
                retryConnectionEstablishment: false))
    }

    func send(_ request: TransportRequest) async throws -> TransportResponse {
        let response = try await inner.send(request)
        let exchange = Exchange(method: request.method, url: request.url, status: response.status, body: response.body)
        storage.withLock { $0.append(exchange) }
        return response
    }

    /// Every exchange so far, oldest first.
    var exchanges: [Exchange] { storage.withLock { $0 } }

    /// The newest exchange with this method whose URL path ends with `pathSuffix`.
    func last(_ method: TransportRequest.Method, pathSuffix: String, status: Int? = nil) -> Exchange? {
        exchanges.last { exchange in
            exchange.method == method && exchange.url.path.hasSuffix(pathSuffix)
                && (status == nil || exchange.status == status)
        }
    }

    /// How many exchanges had this method and a path ending with `pathSuffix`.
    func count(_ method: TransportRequest.Method, pathSuffix: String) -> Int {
        exchanges.filter { $0.method == method && $0.url.path.hasSuffix(pathSuffix) }.count
    }

    /// Closes the connection pool.
    func shutdown() async {
        try? await inner.shutdown()
    }
}
