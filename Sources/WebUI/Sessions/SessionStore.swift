import Crypto
import ExosphereCore
import Foundation
import Logging
import Synchronization

/// Every live browser session, keyed by the random id sealed in its cookie.
final class SessionStore: Sendable {
    /// The most sessions kept at once; the least recently seen goes first beyond it.
    static let capacity = 10_000

    let cookie: SessionCookie
    private let key: SymmetricKey
    private let sharedWorkspace: CloudWorkspace?
    private let makeWorkspace: @Sendable () -> CloudWorkspace
    private let sessions = Mutex<[String: BrowserSession]>([:])

    /// - Parameters:
    ///   - sharedWorkspace: The one workspace every session sees (loopback), or `nil` to give each
    ///     session its own from `makeWorkspace` (multi-user).
    init(key: SymmetricKey, sharedWorkspace: CloudWorkspace?, makeWorkspace: @escaping @Sendable () -> CloudWorkspace) {
        self.key = key
        self.cookie = SessionCookie(key: key)
        self.sharedWorkspace = sharedWorkspace
        self.makeWorkspace = makeWorkspace
    }

    /// The session the cookie value names, if it opens and is still live.
    func session(forCookie value: String?, now: Date = Date()) -> BrowserSession? {
        guard let value, let id = cookie.open(value, now: now) else { return nil }
        let session = sessions.withLock { $0[id] }
        guard let session, now.timeIntervalSince(session.lastSeen) < SessionCookie.lifetime else { return nil }
        session.touch(now)
        return session
    }

    /// A new session and the cookie value that names it.
    func create(now: Date = Date()) -> (session: BrowserSession, cookie: String)? {
        let id = Base64URL.random(bytes: 24)
        guard let value = cookie.seal(id, now: now) else { return nil }
        let workspace = sharedWorkspace ?? makeWorkspace()
        let session = BrowserSession(id: id, key: key, workspace: workspace, ownsWorkspace: sharedWorkspace == nil)
        session.touch(now)
        let evicted: [BrowserSession] = sessions.withLock { sessions in
            var evicted = sessions.values.filter { now.timeIntervalSince($0.lastSeen) >= SessionCookie.lifetime }
            if sessions.count - evicted.count >= Self.capacity, let oldest = sessions.values.min(by: { $0.lastSeen < $1.lastSeen }) {
                evicted.append(oldest)
            }
            for old in evicted {
                sessions[old.id] = nil
            }
            sessions[id] = session
            return evicted
        }
        for old in evicted where old.ownsWorkspace {
            Task { await old.workspace.close() }
        }
        return (session, value)
    }

    /// Every session's own workspace, to close when the server stops.
    func ownedWorkspaces() -> [CloudWorkspace] {
        sessions.withLock { $0.values.filter(\.ownsWorkspace).map(\.workspace) }
    }
}
