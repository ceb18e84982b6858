public import Foundation
import Synchronization

/// Holds a transport to its ``DestinationPolicy``: asked before every request and every
/// redirect it would follow, it refuses a host the policy does not allow. A host's verdict is
/// kept for a minute, so a page's dozens of calls to one cloud look its name up once.
public final class DestinationGuard: Sendable {
    /// The policy every host must pass.
    public let policy: DestinationPolicy
    private let lookUp: @Sendable (String) async -> [String]
    private let verdicts = Mutex<[String: (verdict: Result<Void, DestinationRefusal>, until: ContinuousClock.Instant)]>([:])

    /// How long a host's verdict is kept.
    static let verdictLifetime: Duration = .seconds(60)
    /// The most verdicts kept; past it they are all forgotten (each is cheap to make again).
    static let verdictLimit = 1_000

    /// Creates a guard for `policy`.
    ///
    /// - Parameter lookUp: Resolves a host name (``DestinationPolicy/lookUp(_:)`` unless a test
    ///   gives another).
    public init(policy: DestinationPolicy, lookUp: @escaping @Sendable (String) async -> [String] = DestinationPolicy.lookUp) {
        self.policy = policy
        self.lookUp = lookUp
    }

    /// Refuses `url` unless its host passes the policy.
    ///
    /// - Throws: ``DestinationRefusal``.
    public func allow(_ url: URL) async throws(DestinationRefusal) {
        let host = (url.host ?? "").lowercased()
        let now = ContinuousClock.now
        if let known = verdicts.withLock({ $0[host] }), known.until > now {
            try known.verdict.get()
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
            if verdicts.count >= Self.verdictLimit { verdicts.removeAll() }
            verdicts[host] = (verdict, now.advanced(by: Self.verdictLifetime))
        }
        try verdict.get()
    }
}
