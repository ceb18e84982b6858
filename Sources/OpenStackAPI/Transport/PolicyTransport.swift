public import Foundation
import Synchronization

/// A transport that sends only to hosts its ``DestinationPolicy`` allows, and otherwise hands
/// each request to the transport it wraps. A host's verdict is kept for a minute, so a page's
/// dozens of calls to one cloud look its name up once.
public final class PolicyTransport: FileUploadTransport {
    /// The policy every request's host must pass.
    public let policy: DestinationPolicy
    /// The transport requests that pass go to.
    public let wrapped: any HTTPTransport
    private let lookUp: @Sendable (String) async -> [String]
    private let verdicts = Mutex<[String: (allowed: Result<Void, DestinationRefusal>, until: ContinuousClock.Instant)]>([:])

    /// How long a host's verdict is kept.
    static let verdictLifetime: Duration = .seconds(60)

    /// Wraps `inner`.
    ///
    /// - Parameter lookUp: Resolves a host name (``DestinationPolicy/lookUp(_:)`` unless a test
    ///   gives another).
    public init(
        _ inner: any HTTPTransport, policy: DestinationPolicy,
        lookUp: @escaping @Sendable (String) async -> [String] = DestinationPolicy.lookUp
    ) {
        self.wrapped = inner
        self.policy = policy
        self.lookUp = lookUp
    }

    public func send(_ request: TransportRequest) async throws -> TransportResponse {
        try await allow(request.url)
        return try await wrapped.send(request)
    }

    public func upload(
        _ request: TransportRequest, file: URL, length: Int64, progress: @escaping @Sendable (Int64) -> Void
    ) async throws -> TransportResponse {
        try await allow(request.url)
        if let streaming = wrapped as? any FileUploadTransport {
            return try await streaming.upload(request, file: file, length: length, progress: progress)
        }
        var whole = request
        whole.body = try Data(contentsOf: file)
        return try await wrapped.send(whole)
    }

    /// Refuses `url` unless its host passes the policy.
    ///
    /// - Throws: ``DestinationRefusal``.
    func allow(_ url: URL) async throws(DestinationRefusal) {
        let host = (url.host ?? "").lowercased()
        let now = ContinuousClock.now
        if let known = verdicts.withLock({ $0[host] }), known.until > now {
            try known.allowed.get()
            return
        }
        let verdict: Result<Void, DestinationRefusal>
        do {
            try policy.check(host: host, addresses: policy.allowsPrivateAddresses ? [] : await lookUp(host))
            verdict = .success(())
        } catch {
            verdict = .failure(error)
        }
        verdicts.withLock { verdicts in
            if verdicts.count > 1_000 { verdicts.removeAll() }
            verdicts[host] = (verdict, now.advanced(by: Self.verdictLifetime))
        }
        try verdict.get()
    }
}
