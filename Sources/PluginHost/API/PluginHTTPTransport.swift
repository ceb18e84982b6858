import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OpenStackAPI

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
    /// Whether the host may have a loopback, private or link-local address: only when the
    /// manifest's origin that allowed the request is itself such an address, or the operator set it.
    public var allowsPrivateAddresses: Bool

    /// Creates a request.
    public init(
        method: String, url: String, headers: [String: String] = [:], body: [UInt8]? = nil, timeout: Duration = .seconds(10),
        allowsPrivateAddresses: Bool = false
    ) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.allowsPrivateAddresses = allowsPrivateAddresses
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

/// A plugin request refused before it was sent: its host has a loopback, private or link-local
/// address (a cloud's metadata service, the server's neighbours) and the manifest did not name one.
public struct PluginHTTPRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// The host refused.
    public var host: String
    /// The non-public address it has (empty when the name did not resolve).
    public var address: String

    /// What happened, for the plugin's `err.message`.
    public var description: String {
        address.isEmpty
            ? "the host name \(host) could not be found"
            : "\(host) has the address \(address), which is on a private network; only a manifest origin that is itself such an address may reach one"
    }
}

/// The default transport, on AsyncHTTPClient (the client the OpenStack calls use).
///
/// Redirects are not followed: a plugin may only reach the origins its manifest lists, and a
/// redirect could lead anywhere, so a 3xx answer comes back to the plugin as it is. The body is
/// read up to ``maximumBodySize``. Unless the request allows it, a host whose addresses are not
/// all public is refused (``PluginHTTPRefusal``); the client looks the name up again to connect,
/// so a name whose answer changes in between (DNS rebinding) is not covered, as for cloud calls.
public struct HTTPClientPluginTransport: PluginHTTPTransport {
    /// The largest response body a plugin is given, in bytes.
    public static let maximumBodySize = 16 * 1024 * 1024

    /// One client for every plugin, for the life of the process (it is never shut down, as
    /// `HTTPClient.shared` is not), with redirects turned off.
    private static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        configuration.timeout = .init(connect: .seconds(10))
        // A refused connection is reported at once rather than retried until the connect timeout:
        // the plugin (and the page waiting on its card) gets its error while it can still help.
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    private let lookUp: @Sendable (String) async -> [String]

    /// Creates the transport.
    ///
    /// - Parameter lookUp: Resolves a host name (the system resolver unless a test gives another).
    public init(lookUp: (@Sendable (String) async -> [String])? = nil) {
        self.lookUp = lookUp ?? DestinationPolicy.lookUp
    }

    /// Sends the request; the whole exchange, body included, must finish within its timeout.
    public func send(_ request: PluginHTTPRequest) async throws -> PluginHTTPResponse {
        if !request.allowsPrivateAddresses, let host = URLComponents(string: request.url)?.host {
            do {
                try DestinationPolicy().check(host: host, addresses: await lookUp(host))
            } catch {
                guard case .privateAddress(let address) = error.reason else { throw PluginHTTPRefusal(host: host, address: "") }
                throw PluginHTTPRefusal(host: host, address: address)
            }
        }
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            outgoing.headers.add(name: name, value: value)
        }
        if let body = request.body { outgoing.body = .bytes(ByteBuffer(bytes: body)) }
        let nanoseconds = request.timeout.components.seconds * 1_000_000_000 + request.timeout.components.attoseconds / 1_000_000_000
        let response = try await Self.client.execute(outgoing, timeout: .nanoseconds(nanoseconds))
        var headers: [String: String] = [:]
        for (name, value) in response.headers {
            let key = name.lowercased()
            headers[key] = headers[key].map { $0 + ", " + value } ?? value
        }
        let body = try await response.body.collect(upTo: Self.maximumBodySize)
        return PluginHTTPResponse(status: Int(response.status.code), headers: headers, body: Array(body.readableBytesView))
    }
}
