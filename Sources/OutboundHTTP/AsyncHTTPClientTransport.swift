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
        /// Whether redirects are followed (see ``Redirect``); when not, a 3xx answer is returned
        /// as it is (plugins may reach only the origins their manifest names).
        public var followsRedirects: Bool

        /// Creates a configuration; the defaults suit interactive use against public clouds.
        public init(
            connectTimeout: Duration = .seconds(10),
            readTimeout: Duration = .seconds(60),
            requestTimeout: Duration = .seconds(120),
            connectionsPerHost: Int = 32,
            maximumBodySize: Int = 64 * 1024 * 1024,
            retryConnectionEstablishment: Bool = true,
            verifyCertificates: Bool = true,
            caCertificatePath: String? = nil,
            followsRedirects: Bool = true
        ) {
            self.followsRedirects = followsRedirects
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
    /// Asked before every request and every redirect followed, when calls are made for someone
    /// else (a visitor of a multi-user server).
    let destinationGuard: DestinationGuard?

    /// Creates a transport with its own HTTP client on the shared event loop group.
    ///
    /// - Parameter destinationGuard: Where requests and redirects may go; `nil` for anywhere.
    public init(configuration: Configuration = Configuration(), destinationGuard: DestinationGuard? = nil) {
        self.configuration = configuration
        self.destinationGuard = destinationGuard
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
        // Redirects are followed here, not by the library, which would carry X-Auth-Token to
        // whatever host a redirect names and could not ask the destination guard about each hop.
        clientConfiguration.redirectConfiguration = .disallow
        let tls = Self.tlsConfiguration(configuration)
        clientConfiguration.tlsConfiguration = tls.configuration
        self.configurationProblem = tls.problem
        self.client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: clientConfiguration)
    }

    /// Closes every pooled connection. Call exactly once, after the last request.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// Sends the request and reads the whole body, following up to ``redirectLimit`` redirects
    /// (see ``Redirect``) unless the configuration turns them off.
    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        var current = request
        var visited: Set<String> = [request.url.absoluteString]
        var followed = 0
        while true {
            try await destinationGuard?.allow(current.url)
            let response = try await sendOnce(current)
            guard configuration.followsRedirects, let next = Redirect.next(after: current, response: response) else { return response }
            let (host, port) = Self.endpoint(of: current.url)
            guard followed < Self.redirectLimit else {
                throw Self.classify(HTTPClientError.redirectLimitReached, host: host, port: port, limit: configuration.maximumBodySize)
            }
            guard visited.insert(next.url.absoluteString).inserted else {
                throw Self.classify(HTTPClientError.redirectCycleDetected, host: host, port: port, limit: configuration.maximumBodySize)
            }
            followed += 1
            current = next
        }
    }

    /// One request, no redirect followed.
    private func sendOnce(_ request: TransportRequest) async throws -> TransportResponse {
        let (host, port) = Self.endpoint(of: request.url)
        var outgoing = try outgoingRequest(request)
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        let timeout = request.timeout ?? configuration.requestTimeout
        let deadline = ContinuousClock.now + timeout
        let response: HTTPClientResponse
        do {
            response = try await client.execute(outgoing, timeout: Self.timeAmount(timeout))
        } catch {
            throw Self.classify(error, host: host, port: port, limit: configuration.maximumBodySize)
        }
        return try await read(response, host: host, port: port, deadline: deadline)
    }

    /// Where `url` goes, for error messages: its host, and its port or the scheme's.
    static func endpoint(of url: URL) -> (host: String, port: Int) {
        (url.host ?? "", url.port ?? (url.scheme == "https" ? 443 : 80))
    }

    /// `request` as AsyncHTTPClient's request, its body still to be set.
    ///
    /// - Throws: ``HTTPTransportError`` when the configuration cannot work (an unreadable CA file).
    func outgoingRequest(_ request: TransportRequest) throws -> HTTPClientRequest {
        if let configurationProblem {
            let (host, port) = Self.endpoint(of: request.url)
            throw HTTPTransportError(kind: configurationProblem, host: host, port: port)
        }
        var outgoing = HTTPClientRequest(url: request.url.absoluteString)
        outgoing.method = NIOHTTP1.HTTPMethod(rawValue: request.method.rawValue)
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            outgoing.headers.add(name: name, value: value)
        }
        return outgoing
    }

    /// The response with its headers (names lowercased) and its whole body, read by `deadline`; a
    /// failure while the body arrives is told as an answer cut short (see
    /// ``classify(_:host:port:limit:readingBody:)``).
    func read(
        _ response: HTTPClientResponse, host: String, port: Int, deadline: ContinuousClock.Instant
    ) async throws -> TransportResponse {
        var headers: [String: String] = [:]
        for (name, value) in response.headers {
            let key = name.lowercased()
            headers[key] = headers[key].map { $0 + ", " + value } ?? value
        }
        let buffer: ByteBuffer
        do {
            buffer = try await Self.collect(response.body, upTo: configuration.maximumBodySize, by: deadline)
        } catch {
            throw Self.classify(error, host: host, port: port, limit: configuration.maximumBodySize, readingBody: true)
        }
        return TransportResponse(status: Int(response.status.code), headers: headers, body: Data(buffer.readableBytesView))
    }

    /// The whole of `body`, but no later than `deadline`. AsyncHTTPClient's request deadline ends
    /// with the response's head: a cloud that sends a byte every few seconds, never silent for the
    /// read timeout, held `exosphere server list` for ever.
    static func collect(
        _ body: HTTPClientResponse.Body, upTo limit: Int, by deadline: ContinuousClock.Instant
    ) async throws -> ByteBuffer {
        try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
            group.addTask { try await body.collect(upTo: limit) }
            group.addTask {
                try await Task.sleep(until: deadline)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let buffer = first else { throw HTTPClientError.deadlineExceeded }
            return buffer
        }
    }

    /// The most redirects one request follows.
    static let redirectLimit = 5

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

    /// `duration` in NIO's nanoseconds, saturating rather than trapping past about 292 years.
    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000_000)
        guard !overflow else { return .nanoseconds(seconds < 0 ? .min : .max) }
        let (total, overflowAgain) = whole.addingReportingOverflow(attoseconds / 1_000_000_000)
        return .nanoseconds(overflowAgain ? (seconds < 0 ? .min : .max) : total)
    }
}
