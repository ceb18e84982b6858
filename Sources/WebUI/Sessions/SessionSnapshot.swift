import CloudConfig
import Crypto
import Foundation

/// What of a browser session outlives the replica that serves it: its clouds (with what signs in
/// to them), its preferences, its admission, its pending notice and its single sign-on.
///
/// Stored in the session database only sealed (AES-GCM) with the session's own key, which the
/// browser's cookie carries and no table holds: a copy of the database alone opens nothing.
struct SessionSnapshot: Codable, Equatable, Sendable {
    /// Bumped when the layout changes; a record of another version is not restored.
    static let currentVersion = 1

    var version = SessionSnapshot.currentVersion
    var clouds: [CloudProfile]
    var preferences: Preferences
    var admitted: Bool
    var notice: BrowserSession.Notice?
    /// Absent in what was written before single sign-on.
    var singleSignOn: SingleSignOnState?

    /// The snapshot as JSON sealed with `key`.
    func sealed(with key: SymmetricKey) throws -> Data {
        let box = try AES.GCM.seal(try JSONEncoder().encode(self), using: key)
        guard let combined = box.combined else { throw CryptoKitError.incorrectParameterSize }
        return combined
    }

    /// The snapshot in `data`, or `nil` when it does not open with `key` or is of another version.
    static func opened(_ data: Data, with key: SymmetricKey) -> SessionSnapshot? {
        guard let box = try? AES.GCM.SealedBox(combined: data), let plain = try? AES.GCM.open(box, using: key),
            let snapshot = try? JSONDecoder().decode(SessionSnapshot.self, from: plain), snapshot.version == currentVersion
        else { return nil }
        return snapshot
    }
}
