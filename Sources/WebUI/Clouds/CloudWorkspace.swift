public import CloudConfig
public import ExosphereCore
public import Logging
import Synchronization

/// The clouds one person works with, signed in: shared by every browser on loopback (it is the
/// local user's own machine), one per browser session in multi-user mode.
public final class CloudWorkspace: Sendable {
    private let state: Mutex<CloudSessions>
    private let logger: Logger

    /// Wraps `sessions`, which this workspace closes in ``close()``.
    public init(sessions: CloudSessions, logger: Logger) {
        state = Mutex(sessions)
        self.logger = logger
    }

    /// The clouds as they are now.
    public var sessions: CloudSessions { state.withLock { $0 } }

    /// Adds `profile`, replacing a cloud of the same name, and returns its session.
    @discardableResult
    public func add(_ profile: CloudProfile) -> CloudSession? {
        state.withLock { sessions in
            sessions = sessions.adding(profile, logger: logger)
            return sessions.sessions.last
        }
    }

    /// Removes the cloud named `name`.
    public func remove(_ name: String) {
        state.withLock { $0 = $0.removing(cloudNamed: name) }
    }

    /// Closes the HTTP client; call once, when the server stops or the session expires.
    public func close() async {
        await sessions.close()
    }
}
