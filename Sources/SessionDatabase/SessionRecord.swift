public import Foundation

/// One browser session as every replica sees it: a row of `exosphere_sessions`.
///
/// The row is keyed by a digest of the session id, never the id itself, so reading the table gives
/// no cookie. What could act on a cloud is in ``sealed``, encrypted with a key that only the
/// browser's cookie carries; the database cannot open it.
public struct SessionRecord: Sendable, Equatable {
    /// The session id, as sealed in the cookie.
    public var id: String
    /// Digests of the identities signed in (a Keystone user at an address), for the device list;
    /// empty until a cloud is signed in to.
    public var owners: [String]
    /// A short description of the browser, such as "Firefox on Linux".
    public var device: String
    /// When the session was kept.
    public var createdAt: Date
    /// When a request last used it.
    public var lastSeen: Date
    /// Raised by every save, so a replica holding an older copy knows to read it again.
    public var revision: Int64
    /// The session's state, sealed with the key the cookie carries.
    public var sealed: Data

    /// Creates a record.
    public init(id: String, owners: [String], device: String, createdAt: Date, lastSeen: Date, revision: Int64 = 0, sealed: Data) {
        self.id = id
        self.owners = owners
        self.device = device
        self.createdAt = createdAt
        self.lastSeen = lastSeen
        self.revision = revision
        self.sealed = sealed
    }
}

/// What a replica checks on every request: whether its copy of a session is current.
public struct SessionStamp: Sendable, Equatable {
    /// The row's revision.
    public var revision: Int64
    /// When a request last used it.
    public var lastSeen: Date
}

/// Another session of the same person, as the list of signed-in devices shows it.
public struct SessionSummary: Sendable, Equatable {
    /// The row key: a digest of the session id, which names the row and cannot be used as a cookie.
    public var digest: String
    /// The browser, as stored.
    public var device: String
    /// When it was kept.
    public var createdAt: Date
    /// When a request last used it.
    public var lastSeen: Date

    /// Creates a summary.
    public init(digest: String, device: String, createdAt: Date, lastSeen: Date) {
        self.digest = digest
        self.device = device
        self.createdAt = createdAt
        self.lastSeen = lastSeen
    }
}
