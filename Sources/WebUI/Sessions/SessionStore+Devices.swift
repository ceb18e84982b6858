import CloudConfig
import Crypto
import ExosphereCore
import Foundation
import SessionDatabase
import Synchronization

/// Another browser signed in as the same person, as the Settings page lists it.
struct SignedInDevice: Sendable, Equatable {
    /// Names the session in a form: a digest of its id, which cannot be used as a cookie.
    var handle: String
    /// The browser, stored as ``DeviceName/summary(_:)`` writes it.
    var device: String
    var since: Date
    var lastUsed: Date
    var isThisDevice: Bool
}

/// Who a session is signed in as, and the other sessions of the same person: in the database
/// (hosted mode) or among this server's sessions (one machine).
extension SessionStore {
    /// Digests of the identities `session` is signed in as: each cloud's Keystone address with
    /// the user its token names. Two sessions are the same person's when they share one.
    func owners(of session: BrowserSession) async -> [String] {
        var owners: [String] = []
        for cloud in session.workspace.sessions.sessions {
            guard let user = await cloud.signedInUserID() else { continue }
            owners.append(SessionDatabase.digest(cloud.profile.authURL.absoluteString + "\n" + user))
        }
        return owners.sorted()
    }

    /// Every browser signed in as the person `session` is signed in as, this one included and
    /// marked, most recently used first; empty before any cloud is signed in to.
    func devices(of session: BrowserSession) async throws(SessionDatabaseError) -> [SignedInDevice] {
        let owners = await owners(of: session)
        guard !owners.isEmpty else { return [] }
        let own = session.rowKey
        if let database {
            return try await database.sessions(sharingAnyOf: owners).map {
                SignedInDevice(handle: $0.digest, device: $0.device, since: $0.createdAt, lastUsed: $0.lastSeen, isThisDevice: $0.digest == own)
            }
        }
        var found: [SignedInDevice] = []
        for other in localSessions() where other.ownsWorkspace || other === session {
            if other !== session {
                let theirs = await self.owners(of: other)
                guard !Set(theirs).isDisjoint(with: owners) else { continue }
            }
            let handle = other.rowKey
            found.append(SignedInDevice(handle: handle, device: other.device, since: other.createdAt, lastUsed: other.lastSeen, isThisDevice: handle == own))
        }
        return found.sorted { $0.lastUsed > $1.lastUsed }
    }

    /// Ends the session `handle` names if it is signed in as the same person as `session`
    /// (there, and on every replica); `false` when there is no such session.
    func endDevice(_ handle: String, for session: BrowserSession) async throws(SessionDatabaseError) -> Bool {
        let owners = await owners(of: session)
        guard !owners.isEmpty, handle != session.rowKey else { return false }
        if let database {
            // Its replicas drop their copies (and revoke their tokens) on its next request.
            let ended = try await database.delete(digest: handle, sharingAnyOf: owners)
            if ended, let local = localSessions().first(where: { $0.rowKey == handle }) {
                try await end(local)
            }
            return ended
        }
        guard let other = localSessions().first(where: { $0.rowKey == handle }), other.ownsWorkspace else { return false }
        let theirs = await self.owners(of: other)
        guard !Set(theirs).isDisjoint(with: owners) else { return false }
        try await end(other)
        return true
    }

    /// The sessions this replica holds now.
    private func localSessions() -> [BrowserSession] {
        sessions.withLock { Array($0.values) }
    }
}
