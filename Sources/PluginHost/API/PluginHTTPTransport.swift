import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// An HTTP request a plugin makes through `exo.http.request`, after the capability check.
public struct PluginHTTPRequest: Sendable, Hashable {
    /// Upper-case method, such as `GET`.
    public var method: String
    /// The absolute URL.
    public var url: String
    /// Header names and values.
    public var headers: [String: String]
    /// The body bytes, if any.
    public var body: [UInt8]?
    /// The longest the whole exchange may take.
    public var timeout: Duration

    /// Creates a request.
    public init(method: String, url: String, headers: [String: String] = [:], body: [UInt8]? = nil, timeout: Duration = .seconds(10)) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}

/// The answer to a ``PluginHTTPRequest``.
public struct PluginHTTPResponse: Sendable, Hashable {
    /// The status code.
    public var status: Int
    /// Header names (lower-case) and values.
    public var headers: [String: String]
    /// The body bytes.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Sends plugin HTTP requests; injectable so tests use a local server or recorded fixtures.
public protocol PluginHTTPTransport: Sendable {
    /// Sends the request; throws when there is no response at all.
    func send(_ request: PluginHTTPRequest) async throws -> PluginHTTPResponse
}

/// The default transport, on Foundation's URLSession.
public struct URLSessionPluginTransport: PluginHTTPTransport {
    /// Creates the transport.
    public init() {}

    /// Sends the request with URLSession.
    public func send(_ request: PluginHTTPRequest) async throws -> PluginHTTPResponse {
        guard let url = URL(string: request.url) else { throw URLError(.badURL) }
        var urlRequest = URLRequest(url: url)
        urlRequest.httpMethod = request.method
        urlRequest.timeoutInterval = Double(request.timeout.components.seconds) + 1
        for (name, value) in request.headers { urlRequest.setValue(value, forHTTPHeaderField: name) }
        urlRequest.httpBody = request.body.map { Data($0) }
        let (data, response) = try await URLSession.shared.data(for: urlRequest)
        guard let http = response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return PluginHTTPResponse(status: http.statusCode, headers: headers, body: Array(data))
    }
}
