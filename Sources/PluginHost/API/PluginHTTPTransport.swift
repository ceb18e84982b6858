import Foundation
import OutboundHTTP

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
/// address (a cloud's metadata service, the server's neighbours) and the manifest did not name one,
/// its host name did not resolve, or the request cannot be sent at all.
public struct PluginHTTPRefusal: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why it was not sent.
    public enum Reason: Sendable, Hashable {
        /// The host has this non-public address.
        case privateAddress(String)
        /// The host name did not resolve.
        case unknownHost
        /// The URL or method cannot go out as an HTTP request (what is wrong, in words).
        case unsendable(String)
    }

    /// The host refused (the whole URL when it has none).
    public var host: String
    /// Why.
    public var reason: Reason

    /// Creates a refusal.
    public init(host: String, reason: Reason) {
        self.host = host
        self.reason = reason
    }

    /// The non-public address the host has, when that is the reason.
    public var address: String? {
        guard case .privateAddress(let address) = reason else { return nil }
        return address
    }

    /// What happened, for the plugin's `err.message`.
    public var description: String {
        switch reason {
        case .privateAddress(let address):
            "\(host) has the address \(address), which is on a private network; only a manifest origin that is itself such an address may reach one"
        case .unknownHost:
            "the host name \(host) could not be found"
        case .unsendable(let problem):
            "\(host) cannot be sent: \(problem)"
        }
    }
}

/// The default transport: the same ``AsyncHTTPClientTransport`` layer the OpenStack calls use,
/// with the plugins' own policy.
///
/// Redirects are not followed: a plugin may only reach the origins its manifest lists, and a
/// redirect could lead anywhere, so a 3xx answer comes back to the plugin as it is. The body is
/// read up to ``maximumBodySize``. Unless the request allows it, a host whose addresses are not
/// all public is refused (``PluginHTTPRefusal``) by a ``DestinationGuard``, as a multi-user
/// server's cloud calls are; the client looks the name up again to connect, so a name whose answer
/// changes in between (DNS rebinding) is not covered, as for cloud calls.
public struct HTTPClientPluginTransport: PluginHTTPTransport {
    /// The largest response body a plugin is given, in bytes.
    public static let maximumBodySize = 16 * 1024 * 1024

    /// One transport for every plugin, for the life of the process (it is never shut down, as
    /// `HTTPClient.shared` is not). A refused connection is reported at once rather than retried
    /// until the connect timeout: the plugin (and the page waiting on its card) gets its error
    /// while it can still help.
    private static let transport = AsyncHTTPClientTransport(
        configuration: .init(
            connectTimeout: .seconds(10), maximumBodySize: maximumBodySize, retryConnectionEstablishment: false,
            followsRedirects: false))

    private let destinations: DestinationGuard

    /// Creates the transport.
    ///
    /// - Parameter lookUp: Resolves a host name (the system resolver unless a test gives another).
    public init(lookUp: (@Sendable (String) async -> [String])? = nil) {
        destinations = DestinationGuard(policy: DestinationPolicy(), lookUp: lookUp ?? DestinationPolicy.lookUp)
    }

    /// Sends the request; the whole exchange, body included, must finish within its timeout.
    ///
    /// - Throws: ``PluginHTTPRefusal`` before sending, `HTTPTransportError` when no answer came.
    public func send(_ request: PluginHTTPRequest) async throws -> PluginHTTPResponse {
        guard let url = URL(string: request.url), url.host != nil, ["http", "https"].contains(url.scheme?.lowercased()) else {
            throw PluginHTTPRefusal(host: request.url, reason: .unsendable("it is not an absolute http or https URL"))
        }
        guard let method = TransportRequest.Method(rawValue: request.method) else {
            let known = TransportRequest.Method.allCases.map(\.rawValue).joined(separator: ", ")
            throw PluginHTTPRefusal(host: request.url, reason: .unsendable("the method \(request.method) is not one of \(known)"))
        }
        if !request.allowsPrivateAddresses {
            do {
                try await destinations.allow(url)
            } catch {
                guard case .privateAddress(let address) = error.reason else { throw PluginHTTPRefusal(host: error.host, reason: .unknownHost) }
                throw PluginHTTPRefusal(host: error.host, reason: .privateAddress(address))
            }
        }
        let response = try await Self.transport.send(
            TransportRequest(method: method, url: url, headers: request.headers, body: request.body.map { Data($0) }, timeout: request.timeout))
        return PluginHTTPResponse(status: response.status, headers: response.headers, body: Array(response.body))
    }
}
