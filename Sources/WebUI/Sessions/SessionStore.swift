import Crypto
import ExosphereCore
import Foundation
import Logging
import SessionDatabase
import Synchronization

/// Every kept browser session, keyed by the random id sealed in its cookie.
///
/// A session is kept only once there is something to keep: the browser brought the access token,
/// or sent a form that passed the CSRF check. Until then its cookie names a *provisional* session,
/// which lives for one request and takes no room here, so a static asset, an anonymous page view
/// or a flood of first visits costs the server no memory. Keeping a session, signing in and adding
/// a cloud each give it a new id, so a cookie planted before sign-in names nothing afterwards.
///
/// With a ``SessionDatabase`` (hosted mode, `hosting.sessions`), every kept session is also a row
/// there, so any replica can serve any request: a replica checks the row's revision on each
/// request and rebuilds its copy (clouds, preferences, notice) when another replica changed it or
/// it has none; a session gone from the table is gone everywhere.
///
/// Hand-written rather than hummingbird-auth's `SessionStorage`: that keeps one `Codable` value per
/// session in a persist driver, and a session here holds live objects (signed-in clouds with their
/// HTTP clients and instance store), which no driver can store; the database keeps the part that
/// can be stored (``SessionSnapshot``) and each replica rebuilds the live part from it.
final class SessionStore: Sendable {
    /// The most sessions kept at once (10,000 unless set).
    let capacity: Int
    /// A session seen within this long is never evicted to make room for a new one, in seconds.
    static let protectedIdle: TimeInterval = 30 * 60
    /// A session holding no cloud that was idle this long may be evicted to make room, in seconds.
    static let emptyIdle: TimeInterval = 2 * 60

    let cookie: SessionCookie
    let key: SymmetricKey
    private let sharedWorkspace: CloudWorkspace?
    /// What a provisional session sees in multi-user mode: no cloud. It is never added to, since
    /// every form post first keeps its session, which then gets a workspace of its own.
    private let anonymousWorkspace: CloudWorkspace
    let makeWorkspace: @Sendable () -> CloudWorkspace
    private let limiter: NewSessionLimiter
    let sessions = Mutex<[String: BrowserSession]>([:])
    /// When idle rows were last removed from the database.
    let lastSweep = Mutex(Date.distantPast)
    /// Where kept sessions are shared with the other replicas, in hosted mode.
    let database: SessionDatabase?
    /// How often a session's last use is written to the database, at most, in seconds.
    static let storedTouchInterval: TimeInterval = 60

    /// - Parameters:
    ///   - sharedWorkspace: The one workspace every session sees (loopback), or `nil` to give each
    ///     kept session its own from `makeWorkspace` (multi-user).
    ///   - capacity: The most sessions kept at once.
    ///   - limiter: How many new sessions one client address may start.
    ///   - database: Where sessions are shared with other replicas (multi-user mode only).
    init(
        key: SymmetricKey, sharedWorkspace: CloudWorkspace?, capacity: Int = 10_000, limiter: NewSessionLimiter = NewSessionLimiter(),
        database: SessionDatabase? = nil, makeWorkspace: @escaping @Sendable () -> CloudWorkspace
    ) {
        self.database = sharedWorkspace == nil ? database : nil
        self.capacity = max(1, capacity)
        self.key = key
        self.cookie = SessionCookie(key: key)
        self.sharedWorkspace = sharedWorkspace
        self.anonymousWorkspace = sharedWorkspace ?? makeWorkspace()
        self.makeWorkspace = makeWorkspace
        self.limiter = limiter
    }

    /// The kept session the cookie value names, if it opens and is still live; with a database,
    /// as the database has it now.
    ///
    /// - Throws: ``SessionDatabaseError`` when the database cannot be asked.
    func session(forCookie value: String?, now: Date = Date()) async throws(SessionDatabaseError) -> BrowserSession? {
        guard let value, let contents = cookie.open(value, now: now) else { return nil }
        let local = sessions.withLock { $0[contents.id] }
        guard let database else {
            guard let local, now.timeIntervalSince(local.lastSeen) < SessionCookie.lifetime else { return nil }
            local.touch(now)
            return local
        }
        return try await current(contents, local: local, database: database, now: now)
    }

    /// A provisional session: the one the cookie names when it opens (its forms' tokens stay
    /// valid), else a new id with the cookie to send. Nothing is kept.
    func provisional(forCookie value: String?, now: Date = Date()) -> (session: BrowserSession, cookie: String?) {
        if let value, let contents = cookie.open(value, now: now) {
            let session = BrowserSession(
                id: contents.id, key: key, dataKey: SymmetricKey(data: contents.dataKey), workspace: anonymousWorkspace, ownsWorkspace: false)
            return (session, nil)
        }
        let session = BrowserSession(id: Base64URL.random(bytes: 24), key: key, workspace: anonymousWorkspace, ownsWorkspace: false)
        return (session, cookie.seal(session.cookieContents, now: now))
    }

    /// Keeps `provisional` under a new id, with a workspace of its own in multi-user mode.
    ///
    /// - Parameter client: The address the request came from, for ``NewSessionLimiter``.
    /// - Throws: ``WebUIError/tooManyNewSessions`` when that address started too many sessions of
    ///   late; ``WebUIError/sessionsFull`` when every kept session was active recently.
    ///   ``SessionDatabaseError`` when it cannot be stored.
    func keep(_ provisional: BrowserSession, client: String, device: String = "", now: Date = Date()) async throws -> (session: BrowserSession, cookie: String) {
        guard limiter.admit(client, now: now) else { throw WebUIError.tooManyNewSessions }
        let workspace = sharedWorkspace ?? makeWorkspace()
        let kept = BrowserSession(id: Base64URL.random(bytes: 24), key: key, workspace: workspace, ownsWorkspace: sharedWorkspace == nil)
        kept.adopt(provisional)
        kept.device = device
        kept.createdAt = now
        kept.touch(now)
        guard let value = cookie.seal(kept.cookieContents, now: now) else { throw WebUIError.sessionsFull }
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
            throw WebUIError.sessionsFull
        }
        close(evicted)
        if database != nil {
            do {
                try await store(kept, createdAt: now, now: now)
            } catch {
                // Not kept after all: nothing stays here that no other replica could find.
                sessions.withLock { _ = $0.removeValue(forKey: kept.id) }
                close([kept])
                throw error
            }
        }
        return (kept, value)
    }

    /// Gives a kept session a new id (same workspace, preferences and notice) and forgets the
    /// old one; call on sign-in and whenever a cloud is added.
    ///
    /// - Throws: ``SessionDatabaseError`` when the renewed session cannot be stored.
    func rotate(_ session: BrowserSession, now: Date = Date()) async throws -> (session: BrowserSession, cookie: String)? {
        let renewed = BrowserSession(id: Base64URL.random(bytes: 24), key: key, workspace: session.workspace, ownsWorkspace: session.ownsWorkspace)
        renewed.adopt(session)
        renewed.device = session.device
        renewed.createdAt = session.createdAt
        renewed.touch(now)
        guard let value = cookie.seal(renewed.cookieContents, now: now) else { return nil }
        let replaced: Bool = sessions.withLock { sessions in
            guard sessions.removeValue(forKey: session.id) != nil else { return false }
            sessions[renewed.id] = renewed
            return true
        }
        guard replaced else { return nil }
        if let database {
            try await store(renewed, createdAt: renewed.createdAt, now: now)
            try await database.delete(id: session.id)
        }
        return (renewed, value)
    }

    /// Forgets `session` here and in the database, and, when the workspace is its own, signs out
    /// of its clouds (their tokens revoked where the cloud allows) and closes it. The browser's
    /// cookie then names nothing on any replica.
    func end(_ session: BrowserSession) async throws(SessionDatabaseError) {
        let removed = sessions.withLock { $0.removeValue(forKey: session.id) }
        if let removed, removed.ownsWorkspace { await removed.workspace.signOutAndClose() }
        try await database?.delete(id: session.id)
    }

    /// Writes `session` to the database when what it keeps changed since it was last written or
    /// read (a cloud added or removed, a setting, a notice left or shown); does nothing without a
    /// database or for a session no longer kept.
    func storeIfChanged(_ session: BrowserSession, now: Date = Date()) async throws(SessionDatabaseError) {
        guard database != nil, sessions.withLock({ $0[session.id] === session }) else { return }
        guard session.snapshot() != session.stored.snapshot else { return }
        try await store(session, createdAt: nil, now: now)
    }

    /// How many sessions are kept now.
    var count: Int { sessions.withLock { $0.count } }

    /// How long a session's clouds are polled after its browser last asked for a page, in seconds
    /// (a page left open asks every few seconds for live changes).
    static let pollingIdleInterval: TimeInterval = 120

    /// Stops polling for every session of its own whose browser has not asked for anything for
    /// ``pollingIdleInterval``; its next page starts it again. Returns how many were paused.
    @discardableResult
    func pauseIdlePolling(now: Date = Date()) -> Int {
        let idle = sessions.withLock { sessions in
            sessions.values.filter { $0.ownsWorkspace && now.timeIntervalSince($0.lastSeen) >= Self.pollingIdleInterval }.map(\.workspace)
        }
        let polling = idle.filter(\.isPolling)
        polling.forEach { $0.pausePolling() }
        return polling.count
    }

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

    func close(_ evicted: [BrowserSession]) {
        for old in evicted where old.ownsWorkspace {
            Task { await old.workspace.close() }
        }
    }
}
