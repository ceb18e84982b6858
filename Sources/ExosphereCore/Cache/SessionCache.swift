import Foundation
import OpenStackAPI

/// What one cloud login leaves on disk so the next command needs no new login: tokens (with their
/// catalogs), the list of projects, and the negotiated compute microversion.
///
/// Stored with mode 0600 by ``PrivateFileStore``. Tokens are dropped when they expire; the project
/// list and the microversion are trusted for a limited time, so a new project or an upgraded cloud
/// shows up without any action.
struct SessionCacheDocument: Codable, Sendable, Equatable {
    /// Bumped when the layout changes; other versions are ignored.
    static let currentVersion = 1

    var version = SessionCacheDocument.currentVersion
    var tokens: [Token] = []
    var projects: [ProjectSummary]?
    var projectsFetchedAt: Date?
    var computeMicroversion: NegotiatedMicroversion?
    var microversionFetchedAt: Date?
}

/// Reads and writes one cloud's ``SessionCacheDocument``.
struct SessionCache: Sendable {
    /// How long a cached project list is trusted.
    static let projectListLifetime: TimeInterval = 3600
    /// How long a negotiated microversion is trusted.
    static let microversionLifetime: TimeInterval = 24 * 3600

    let store: PrivateFileStore
    /// The file's name: the cloud's name plus a digest of where and as whom it logs in.
    let name: String

    /// A cache for `cloud`, logging in at `authURL` as `identity`, in `directory`.
    init(directory: URL, cloud: String, authURL: URL, region: String?, identity: String) {
        self.store = PrivateFileStore(directory: directory)
        let safeCloud = String(cloud.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" })
        let key = [cloud, authURL.absoluteString, region ?? "", identity].joined(separator: "\n")
        self.name = "\(safeCloud)-\(Self.digest(key))"
    }

    /// The stored document, or an empty one.
    func load() -> SessionCacheDocument {
        guard let document = store.load(SessionCacheDocument.self, name: name),
            document.version == SessionCacheDocument.currentVersion
        else { return SessionCacheDocument() }
        return document
    }

    /// Stores `document`.
    func save(_ document: SessionCacheDocument) throws {
        try store.save(document, name: name)
    }

    /// FNV-1a, 64 bits, as hex: a stable file name, not a security measure (no secret goes in).
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
