import Crypto
import ExosphereCore
import Foundation
import Logging
import Synchronization

/// Every kept browser session, keyed by the random id sealed in its cookie.
///
/// A session is kept only once there is something to keep: the browser brought the access token,
/// or sent a form that passed the CSRF check. Until then its cookie names a *provisional* session,
/// which lives for one request and takes no room here, so a static asset, an anonymous page view
/// or a flood of first visits costs the server no memory. Keeping a session, signing in and adding
/// a cloud each give it a new id, so a cookie planted before sign-in names nothing afterwards.
///
/// Hand-written rather than hummingbird-auth's `SessionStorage`: that keeps one `Codable` value per
/// session in a persist driver, and a session here holds live objects (signed-in clouds with their
/// HTTP clients and instance store), which no driver can store.
final class SessionStore: Sendable {
    /// The most sessions kept at once (10,000 unless set).
    let capacity: Int
    /// A session seen within this long is never evicted to make room for a new one, in seconds.
    static let protectedIdle: TimeInterval = 30 * 60
    /// A session holding no cloud that was idle this long may be evicted to make room, in seconds.
    static let emptyIdle: TimeInterval = 2 * 60

    let cookie: SessionCookie
    private let key: SymmetricKey
    private let sharedWorkspace: CloudWorkspace?
    /// What a provisional session sees in multi-user mode: no cloud. It is never added to, since
    /// every form post first keeps its session, which then gets a workspace of its own.
    private let anonymousWorkspace: CloudWorkspace
    private let makeWorkspace: @Sendable () -> CloudWorkspace
    private let limiter: NewSessionLimiter
    private let sessions = Mutex<[String: BrowserSession]>([:])

    /// - Parameters:
    ///   - sharedWorkspace: The one workspace every session sees (loopback), or `nil` to give each
    ///     kept session its own from `makeWorkspace` (multi-user).
    ///   - capacity: The most sessions kept at once.
    ///   - limiter: How many new sessions one client address may start.
    init(
        key: SymmetricKey, sharedWorkspace: CloudWorkspace?, capacity: Int = 10_000, limiter: NewSessionLimiter = NewSessionLimiter(),
        makeWorkspace: @escaping @Sendable () -> CloudWorkspace
    ) {
        self.capacity = max(1, capacity)
        self.key = key
        self.cookie = SessionCookie(key: key)
        self.sharedWorkspace = sharedWorkspace
        self.anonymousWorkspace = sharedWorkspace ?? makeWorkspace()
        self.makeWorkspace = makeWorkspace
        self.limiter = limiter
    }

    /// The kept session the cookie value names, if it opens and is still live.
    func session(forCookie value: String?, now: Date = Date()) -> BrowserSession? {
        guard let value, let id = cookie.open(value, now: now) else { return nil }
        let session = sessions.withLock { $0[id] }
        guard let session, now.timeIntervalSince(session.lastSeen) < SessionCookie.lifetime else { return nil }
        session.touch(now)
        return session
    }

    /// A provisional session: the one the cookie names when it opens (its forms' tokens stay
    /// valid), else a new id with the cookie to send. Nothing is kept.
    func provisional(forCookie value: String?, now: Date = Date()) -> (session: BrowserSession, cookie: String?) {
        if let value, let id = cookie.open(value, now: now) {
            return (BrowserSession(id: id, key: key, workspace: anonymousWorkspace, ownsWorkspace: false), nil)
        }
        let id = Base64URL.random(bytes: 24)
        return (BrowserSession(id: id, key: key, workspace: anonymousWorkspace, ownsWorkspace: false), cookie.seal(id, now: now))
    }

    /// Keeps `provisional` under a new id, with a workspace of its own in multi-user mode.
    ///
    /// - Parameter client: The address the request came from, for ``NewSessionLimiter``.
    /// - Throws: ``WebUIError/tooManyNewSessions`` when that address started too many sessions of
    ///   late; ``WebUIError/sessionsFull`` when every kept session was active recently.
    func keep(_ provisional: BrowserSession, client: String, now: Date = Date()) throws(WebUIError) -> (session: BrowserSession, cookie: String) {
        guard limiter.admit(client, now: now) else { throw .tooManyNewSessions }
        let workspace = sharedWorkspace ?? makeWorkspace()
        let kept = BrowserSession(id: Base64URL.random(bytes: 24), key: key, workspace: workspace, ownsWorkspace: sharedWorkspace == nil)
        kept.adopt(provisional)
        kept.touch(now)
        guard let value = cookie.seal(kept.id, now: now) else { throw .sessionsFull }
        let evicted: [BrowserSession]? = sessions.withLock { sessions in
            var evicted = sessions.values.filter { now.timeIntervalSince($0.lastSeen) >= SessionCookie.lifetime }
            if sessions.count - evicted.count >= capacity {
                guard let victim = Self.evictable(sessions.values, now: now) else { return nil }
                evicted.append(victim)
            }
            for old in evicted {
                sessions[old.id] = nil
            }
            sessions[kept.id] = kept
            return evicted
        }
        guard let evicted else {
            if kept.ownsWorkspace { Task { await workspace.close() } }
            throw .sessionsFull
        }
        close(evicted)
        return (kept, value)
    }

    /// Gives a kept session a new id (same workspace, preferences and notice) and forgets the
    /// old one; call on sign-in and whenever a cloud is added.
    func rotate(_ session: BrowserSession, now: Date = Date()) -> (session: BrowserSession, cookie: String)? {
        let renewed = BrowserSession(id: Base64URL.random(bytes: 24), key: key, workspace: session.workspace, ownsWorkspace: session.ownsWorkspace)
        renewed.adopt(session)
        renewed.touch(now)
        guard let value = cookie.seal(renewed.id, now: now) else { return nil }
        let replaced: Bool = sessions.withLock { sessions in
            guard sessions.removeValue(forKey: session.id) != nil else { return false }
            sessions[renewed.id] = renewed
            return true
        }
        return replaced ? (renewed, value) : nil
    }

    /// Forgets `session` and, when the workspace is its own, closes it: its clouds' tokens go
    /// with their HTTP clients. The browser's cookie then names nothing.
    func end(_ session: BrowserSession) async {
        let removed = sessions.withLock { $0.removeValue(forKey: session.id) }
        if let removed, removed.ownsWorkspace { await removed.workspace.close() }
    }

    /// How many sessions are kept now.
    var count: Int { sessions.withLock { $0.count } }

    /// Every session's own workspace, and the anonymous one, to close when the server stops.
    func ownedWorkspaces() -> [CloudWorkspace] {
        let owned = sessions.withLock { $0.values.filter(\.ownsWorkspace).map(\.workspace) }
        return sharedWorkspace == nil ? owned + [anonymousWorkspace] : owned
    }

    /// The session to drop for a new one: the longest idle among those idle past
    /// ``protectedIdle``, or holding no cloud and idle past ``emptyIdle``; `nil` when every
    /// session was active recently.
    private static func evictable(_ sessions: Dictionary<String, BrowserSession>.Values, now: Date) -> BrowserSession? {
        sessions.filter { session in
            let idle = now.timeIntervalSince(session.lastSeen)
            return idle >= protectedIdle || (idle >= emptyIdle && session.workspace.sessions.sessions.isEmpty)
        }.min { $0.lastSeen < $1.lastSeen }
    }

    private func close(_ evicted: [BrowserSession]) {
        for old in evicted where old.ownsWorkspace {
            Task { await old.workspace.close() }
        }
    }
}
