import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

/// The production ``HTTPTransport``, built on AsyncHTTPClient.
///
/// It owns one `HTTPClient` with a connection pool sized for fan-out (many projects and services
/// asked at once). Call ``shutdown()`` once when done; the client refuses work afterwards.
///
/// ```swift
/// let transport = AsyncHTTPClientTransport()
/// defer { Task { try await transport.shutdown() } }
/// ```
public final class AsyncHTTPClientTransport: HTTPTransport {
    /// Timeouts and pool limits.
    public struct Configuration: Sendable, Hashable {
        /// Time allowed to open a TCP (and TLS) connection.
        public var connectTimeout: Duration
        /// Longest silence allowed while waiting for response bytes.
        public var readTimeout: Duration
        /// Deadline for a whole request, response body included.
        public var requestTimeout: Duration
        /// Connections per host the pool opens before it queues requests (AsyncHTTPClient's soft limit).
        public var connectionsPerHost: Int
        /// Largest response body accepted, in bytes.
        public var maximumBodySize: Int
        /// Retry failed connection attempts with back-off until ``connectTimeout`` (AsyncHTTPClient's
        /// recommended default). A refused connection is then reported only after the connect
        /// timeout; turn this off to fail at once.
        public var retryConnectionEstablishment: Bool
        /// Whether to check the server's TLS certificate (clouds.yaml `verify` / `insecure`).
        public var verifyCertificates: Bool
        /// A PEM bundle of CA certificates to trust instead of the system's (clouds.yaml `cacert`).
        public var caCertificatePath: String?

        /// Creates a configuration; the defaults suit interactive use against public clouds.
        public init(
            connectTimeout: Duration = .seconds(10),
            readTimeout: Duration = .seconds(60),
            requestTimeout: Duration = .seconds(120),
            connectionsPerHost: Int = 32,
            maximumBodySize: Int = 64 * 1024 * 1024,
            retryConnectionEstablishment: Bool = true,
            verifyCertificates: Bool = true,
            caCertificatePath: String? = nil
        ) {
            self.verifyCertificates = verifyCertificates
            self.caCertificatePath = caCertificatePath
            self.connectTimeout = connectTimeout
            self.readTimeout = readTimeout
            self.requestTimeout = requestTimeout
            self.connectionsPerHost = connectionsPerHost
            self.maximumBodySize = maximumBodySize
            self.retryConnectionEstablishment = retryConnectionEstablishment
        }
    }

    let client: HTTPClient
    let configuration: Configuration
    /// Set when the configuration cannot work (an unreadable CA file); every request reports it.
    let configurationProblem: HTTPTransportError.Kind?

    /// Creates a transport with its own HTTP client on the shared event loop group.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        var clientConfiguration = HTTPClient.Configuration()
        clientConfiguration.timeout = .init(
            connect: Self.timeAmount(configuration.connectTimeout),
            read: Self.timeAmount(configuration.readTimeout)
        )
        clientConfiguration.connectionPool = .init(
            idleTimeout: .seconds(60),
            concurrentHTTP1ConnectionsPerHostSoftLimit: max(1, configuration.connectionsPerHost)
        )
        clientConfiguration.connectionPool.retryConnectionEstablishment = configuration.retryConnectionEstablishment
        let tls = Self.tlsConfiguration(configuration)
        clientConfiguration.tlsConfiguration = tls.configuration
        self.configurationProblem = tls.problem
        self.client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: clientConfiguration)
    }

    /// Closes every pooled connection. Call exactly once, after the last request.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Sends the request and reads the whole body.
    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        let host = request.url.host ?? ""
        let port = request.url.port ?? (request.url.scheme == "https" ? 443 : 80)
        if let configurationProblem {
            throw HTTPTransportError(kind: configurationProblem, host: host, port: port)
        }
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            outgoing.headers.add(name: name, value: value)
        }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        do {
            let response = try await client.execute(outgoing, timeout: Self.timeAmount(configuration.requestTimeout))
            var headers: [String: String] = [:]
            for (name, value) in response.headers {
                let key = name.lowercased()
                headers[key] = headers[key].map { $0 + ", " + value } ?? value
            }
            let buffer = try await response.body.collect(upTo: configuration.maximumBodySize)
            return TransportResponse(
                status: Int(response.status.code), headers: headers, body: Data(buffer.readableBytesView))
        } catch {
            throw Self.classify(error, host: host, port: port, limit: configuration.maximumBodySize)
        }
    }

    /// The TLS settings for `configuration`: certificate checks on or off, and the CA bundle read
    /// now (NIOSSL would read it lazily, at the first connection, with a less helpful error).
    static func tlsConfiguration(_ configuration: Configuration) -> (configuration: TLSConfiguration, problem: HTTPTransportError.Kind?) {
        var tls = TLSConfiguration.makeClientConfiguration()
        if !configuration.verifyCertificates {
            tls.certificateVerification = .none
        }
        guard let path = configuration.caCertificatePath else { return (tls, nil) }
        guard let certificates = try? NIOSSLCertificate.fromPEMFile(path), !certificates.isEmpty else {
            return (tls, .caCertificateUnreadable(path: path))
        }
        tls.trustRoots = .certificates(certificates)
        return (tls, nil)
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    // AsyncHTTPClient reports connect failures as NIOPosix errors, a module this target does not
    // import; their descriptions ("Connection refused (errno: 111)", "DNS error") are stable.
    static func classify(_ error: any Error, host: String, port: Int, limit: Int) -> any Error {
        if error is CancellationError { return error }
        let kind: HTTPTransportError.Kind
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .connectTimeout, .getConnectionFromPoolTimeout: kind = .connectTimeout
            case .readTimeout, .deadlineExceeded, .writeTimeout: kind = .readTimeout
            case .remoteConnectionClosed: kind = .connectionClosed
            case .tlsHandshakeTimeout: kind = .tls
            case .cancelled: return CancellationError()
            default: kind = .other(String(describing: clientError))
            }
        } else if error is NIOTooManyBytesError {
            kind = .responseTooLarge(limit: limit)
        } else {
            let text = String(describing: error)
            if text.localizedCaseInsensitiveContains("refused") {
                kind = .connectionRefused
            } else if text.contains("DNS") || text.localizedCaseInsensitiveContains("name resolution") {
                kind = .hostNotFound
            } else if text.localizedCaseInsensitiveContains("ssl")
                || text.localizedCaseInsensitiveContains("certificate")
            {
                kind = .tls
            } else {
                kind = .other(text)
            }
        }
        return HTTPTransportError(kind: kind, host: host, port: port)
    }
}
