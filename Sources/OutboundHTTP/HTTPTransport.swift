public import Foundation

/// Sends one HTTP request and returns the whole response.
///
/// OpenStack's clients and plugins' requests go out only through this protocol, so tests can put
/// a recording fake in its place and the real ``AsyncHTTPClientTransport`` stays a thin adapter.
/// A transport neither retries nor interprets status codes: a 404 is a normal response here.
public protocol HTTPTransport: Sendable {
    /// Sends `request` and returns the response once its body has been read completely.
    ///
    /// - Throws: ``HTTPTransportError`` when no HTTP response arrived (timeout, connection refused…).
    func send(_ request: TransportRequest) async throws -> TransportResponse
}

/// An HTTP request as a transport sees it: method, absolute URL, headers and an optional body.
public struct TransportRequest: Sendable, Hashable {
    /// The HTTP methods the OpenStack APIs and plugins use.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        case get = "GET"
        case head = "HEAD"
        case post = "POST"
        case put = "PUT"
        case patch = "PATCH"
        case delete = "DELETE"
    }

    /// The HTTP method.
    public var method: Method
    /// The absolute URL, query included.
    public var url: URL
    /// Header fields by lower-case name.
    public var headers: [String: String]
    /// The body bytes, if any.
    public var body: Data?
    /// The deadline for the whole exchange, body included, when it is not the transport's own.
    public var timeout: Duration?

    /// Creates a request; header names are stored in lower case.
    public init(method: Method, url: URL, headers: [String: String] = [:], body: Data? = nil, timeout: Duration? = nil) {
        self.method = method
        self.timeout = timeout
        self.url = url
        self.headers = Dictionary(
            headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
        self.body = body
    }

    /// The value of a header field, looked up without regard to case.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }
}

/// A complete HTTP response: status, headers and body.
public struct TransportResponse: Sendable, Hashable {
    /// The HTTP status code, such as 200 or 404.
    public var status: Int
    /// Header fields by lower-case name; repeated fields are joined with `", "`.
    public var headers: [String: String]
    /// The body bytes (empty when the response had none).
    public var body: Data

    /// Creates a response; header names are stored in lower case.
    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(
            headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { first, next in first + ", " + next })
        self.body = body
    }

    /// The value of a header field, looked up without regard to case.
    public func header(_ name: String) -> String? {
        headers[name.lowercased()]
    }
}
