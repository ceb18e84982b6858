import Foundation

/// A browser session's single sign-on: the sign-in under way (between leaving for Keystone and
/// coming back with a token), and when each cloud's sign-in by it stops working.
///
/// Kept with the session's snapshot, so the browser may come back to any replica.
struct SingleSignOnState: Codable, Equatable, Sendable {
    /// A sign-in under way.
    struct Pending: Codable, Equatable, Sendable {
        /// The offered cloud signed in to.
        var cloud: String
        /// The page to show afterwards (a path of this server).
        var returnPath: String
        var startedAt: Date
    }

    /// How long a sign-in may take, from leaving to coming back, in seconds.
    static let pendingLifetime: TimeInterval = 900
    /// How long before a sign-in stops working the person is sent through it again, in seconds.
    static let renewalLead: TimeInterval = 300
    /// How long after starting a renewal another is not started, in seconds: a renewal that did not
    /// come back (the identity provider is down) does not send every page away again.
    static let renewalPause: TimeInterval = 60

    var pending: Pending?
    /// When each cloud's sign-in by single sign-on stops working, by cloud name.
    var expiries: [String: Date] = [:]
    /// When the last renewal started, whether or not it came back.
    var lastRenewal: Date?

    /// Notes a sign-in to `cloud` starting at `now` (a renewal of one, when `renewal`), to come
    /// back to `returnPath`.
    mutating func start(cloud: String, returnPath: String, renewal: Bool, at now: Date) {
        pending = Pending(cloud: cloud, returnPath: returnPath, startedAt: now)
        if renewal { lastRenewal = now }
    }

    /// The sign-in under way, if it started within ``pendingLifetime``; removed, so a token is
    /// taken once for each start.
    mutating func takePending(at now: Date) -> Pending? {
        defer { pending = nil }
        guard let pending, now >= pending.startedAt, now.timeIntervalSince(pending.startedAt) < Self.pendingLifetime else { return nil }
        return pending
    }

    /// A cloud among `clouds` whose sign-in ends within ``renewalLead`` (or has ended), unless a
    /// renewal started within ``renewalPause``.
    func cloudToRenew(among clouds: [String], at now: Date) -> String? {
        if let lastRenewal, now.timeIntervalSince(lastRenewal) < Self.renewalPause { return nil }
        return clouds.first { cloud in expiries[cloud].map { $0.timeIntervalSince(now) < Self.renewalLead } ?? false }
    }

    /// `path` when it is a path of this server that a sign-in may return to, else `/`.
    static func returnPath(_ path: String?) -> String {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), path.utf8.count <= 2_048,
            !path.contains("\\"), path.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F })
        else { return "/" }
        return path
    }
}
