import Crypto
import ExosphereCore
import Foundation
import SessionDatabase
import Synchronization

/// The session database's side of ``SessionStore``: reading a session another replica wrote,
/// and writing this replica's changes.
extension SessionStore {
    /// How often rows idle past the cookie's lifetime are removed, at most, in seconds.
    static let sweepInterval: TimeInterval = 600

    /// The session `contents` names as the database has it: this replica's copy when it is
    /// current, else one rebuilt from the row; `nil` when the row is gone or idle too long.
    func current(
        _ contents: SessionCookie.Contents, local: BrowserSession?, database: SessionDatabase, now: Date
    ) async throws(SessionDatabaseError) -> BrowserSession? {
        guard let stamp = try await database.stamp(id: contents.id), now.timeIntervalSince(stamp.lastSeen) < SessionCookie.lifetime else {
            // Ended (signed out, on any replica) or idle: this replica's copy goes too.
            if let local { forget(local) }
            return nil
        }
        if let local, local.stored.revision == stamp.revision {
            local.touch(now)
            if local.needsStoredTouch(now: now, interval: Self.storedTouchInterval) { try await database.touch(id: local.id, at: now) }
            return local
        }
        guard let record = try await database.load(id: contents.id),
            let snapshot = SessionSnapshot.opened(record.sealed, with: SymmetricKey(data: contents.dataKey))
        else { return nil }
        return restore(contents, snapshot: snapshot, record: record, replacing: local, now: now)
    }

    /// Writes `session` as it is now and notes the revision the database gave it.
    ///
    /// - Parameter createdAt: When the session was kept, for a new row; `nil` for a change.
    func store(_ session: BrowserSession, createdAt: Date?, now: Date) async throws(SessionDatabaseError) {
        guard let database else { return }
        let snapshot = session.snapshot()
        let sealed: Data
        do {
            sealed = try snapshot.sealed(with: session.dataKey)
        } catch {
            throw .unavailable(database.address.redacted, reason: "the session could not be sealed: \(error)")
        }
        let record = SessionRecord(
            id: session.id, owners: await owners(of: session), device: session.device, createdAt: createdAt ?? now, lastSeen: now,
            sealed: sealed)
        let revision = try await database.save(record)
        session.markStored(snapshot, revision: revision, at: now)
        try await sweep(database, now: now)
    }

    /// This replica's copy of the session in `record`: `local` brought up to date when its clouds
    /// are the same, else a new session with a workspace of its own signed in to the stored clouds.
    private func restore(
        _ contents: SessionCookie.Contents, snapshot: SessionSnapshot, record: SessionRecord, replacing local: BrowserSession?, now: Date
    ) -> BrowserSession {
        if let local, local.workspace.sessions.sessions.map(\.profile) == snapshot.clouds {
            local.restore(snapshot, revision: record.revision)
            local.touch(now)
            return local
        }
        let workspace = makeWorkspace()
        for profile in snapshot.clouds {
            workspace.add(profile)
        }
        let restored = BrowserSession(
            id: contents.id, key: key, dataKey: SymmetricKey(data: contents.dataKey), workspace: workspace, ownsWorkspace: true)
        restored.restore(snapshot, revision: record.revision)
        restored.device = record.device
        restored.createdAt = record.createdAt
        restored.touch(now)
        let dropped: [BrowserSession] = sessions.withLock { sessions in
            var dropped = local.map { [$0] } ?? []
            sessions[contents.id] = nil
            // Every copy here can be rebuilt from its row, so room is made by dropping the longest idle.
            if sessions.count >= capacity, let idlest = sessions.values.min(by: { $0.lastSeen < $1.lastSeen }) {
                sessions[idlest.id] = nil
                dropped.append(idlest)
            }
            sessions[contents.id] = restored
            return dropped
        }
        close(dropped)
        return restored
    }

    /// Drops this replica's copy of a session whose row is gone (signed out on another replica,
    /// or idle too long): the tokens it holds here are revoked too.
    private func forget(_ session: BrowserSession) {
        let removed = sessions.withLock { sessions -> BrowserSession? in
            guard sessions[session.id] === session else { return nil }
            return sessions.removeValue(forKey: session.id)
        }
        if let removed, removed.ownsWorkspace { Task { await removed.workspace.signOutAndClose() } }
    }

    /// Whether the form token `token`, already checked by this replica's ``CSRFGuard``, is used
    /// for the first time on any replica; always `true` without a database.
    func firstUse(ofFormToken token: String?, now: Date = Date()) async throws(SessionDatabaseError) -> Bool {
        guard let database, let token else { return true }
        return try await database.useFormToken(token, at: now)
    }

    /// Removes rows idle past the cookie's lifetime, at most every ``sweepInterval``.
    private func sweep(_ database: SessionDatabase, now: Date) async throws(SessionDatabaseError) {
        let due = lastSweep.withLock { last in
            guard now.timeIntervalSince(last) >= Self.sweepInterval else { return false }
            last = now
            return true
        }
        guard due else { return }
        try await database.deleteIdle(before: now.addingTimeInterval(-SessionCookie.lifetime))
        try await database.forgetFormTokens(before: now.addingTimeInterval(-CSRFGuard.lifetime - 120))
    }
}
