public import CloudConfig
public import ExosphereCore
public import Foundation
public import Logging
import Synchronization

/// The clouds one person works with, signed in: shared by every browser on loopback (it is the
/// local user's own machine), one per browser session in multi-user mode.
public final class CloudWorkspace: Sendable {
    private let state: Mutex<CloudSessions>
    private let recent = Mutex<(fetched: Date, listing: Listing<Instance>)?>(nil)
    private let logger: Logger

    /// How long a listing of instances is reused, in seconds: long enough that a page and the
    /// pages it links to (or several browsers on loopback) share one round of API calls, short
    /// enough that states shown are seconds old at most.
    public static let listingLifetime: TimeInterval = 3

    /// Wraps `sessions`, which this workspace closes in ``close()``.
    public init(sessions: CloudSessions, logger: Logger) {
        state = Mutex(sessions)
        self.logger = logger
    }

    /// The clouds as they are now.
    public var sessions: CloudSessions { state.withLock { $0 } }

    /// Every instance on every cloud, reused for ``listingLifetime`` seconds.
    public func instances(now: Date = Date()) async -> Listing<Instance> {
        if let recent = recent.withLock({ $0 }), now.timeIntervalSince(recent.fetched) < Self.listingLifetime {
            return recent.listing
        }
        let listing = await sessions.listInstances()
        recent.withLock { $0 = (now, listing) }
        return listing
    }

    /// Adds `profile`, replacing a cloud of the same name, and returns its session.
    @discardableResult
    public func add(_ profile: CloudProfile) -> CloudSession? {
        recent.withLock { $0 = nil }
        return state.withLock { sessions in
            sessions = sessions.adding(profile, logger: logger)
            return sessions.sessions.last
        }
    }

    /// Removes the cloud named `name`.
    public func remove(_ name: String) {
        recent.withLock { $0 = nil }
        state.withLock { $0 = $0.removing(cloudNamed: name) }
    }

    /// Closes the HTTP client; call once, when the server stops or the session expires.
    public func close() async {
        await sessions.close()
    }
}
