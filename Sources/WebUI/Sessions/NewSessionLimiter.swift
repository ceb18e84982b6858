import Foundation
import Synchronization

/// How many new sessions one client address may start: a token bucket per address, so a person
/// signing in again is never refused while a script cannot fill the session store.
///
/// Behind a load balancer every request comes from the balancer's address, so the burst is sized
/// for a busy workshop behind one NAT, not for a single person.
final class NewSessionLimiter: Sendable {
    /// New sessions one address may start at once.
    let burst: Int
    /// How often one more is allowed after the burst, in seconds.
    let refillInterval: TimeInterval
    /// The most addresses remembered; the oldest are forgotten first (they have refilled by then).
    static let trackedAddresses = 10_000

    private struct Bucket {
        var tokens: Double
        var updated: Date
    }

    private let buckets = Mutex<[String: Bucket]>([:])

    /// - Parameters:
    ///   - burst: New sessions at once per address (60 unless set).
    ///   - refillInterval: Seconds per further session (one a second unless set).
    init(burst: Int = 60, refillInterval: TimeInterval = 1) {
        self.burst = max(1, burst)
        self.refillInterval = max(0.001, refillInterval)
    }

    /// Whether `client` may start a session now; counts it when so.
    func admit(_ client: String, now: Date = Date()) -> Bool {
        buckets.withLock { buckets in
            var bucket = buckets[client] ?? Bucket(tokens: Double(burst), updated: now)
            let refilled = max(0, now.timeIntervalSince(bucket.updated)) / refillInterval
            bucket.tokens = min(Double(burst), bucket.tokens + refilled)
            bucket.updated = now
            guard bucket.tokens >= 1 else {
                buckets[client] = bucket
                return false
            }
            bucket.tokens -= 1
            if buckets[client] == nil, buckets.count >= Self.trackedAddresses {
                // A full bucket is the same as none: forget those that have refilled.
                buckets = buckets.filter { now.timeIntervalSince($0.value.updated) < Double(burst) * refillInterval }
                // Still full: so many addresses within one refill that remembering them would be
                // the attack; start over rather than grow.
                if buckets.count >= Self.trackedAddresses { buckets.removeAll() }
            }
            buckets[client] = bucket
            return true
        }
    }
}
