public import Crypto
import Foundation

/// The server's secret for sealing session cookies and signing CSRF tokens: 32 random bytes kept
/// in a file only its owner can read (0600), so sessions survive a restart on the same machine.
public enum SessionKey {
    /// Reads the key at `path`, or creates it (and its folder, 0700) when there is none.
    ///
    /// - Throws: ``WebUIError/sessionKey(path:reason:)`` when the file cannot be read or written, or
    ///   holds something other than 32 bytes.
    public static func loadOrCreate(at path: String) throws -> SymmetricKey {
        let manager = FileManager.default
        if let data = manager.contents(atPath: path) {
            guard data.count == 32 else { throw WebUIError.sessionKey(path: path, reason: "it does not hold a 32-byte key") }
            try restrict(path, mode: 0o600)
            return SymmetricKey(data: data)
        }
        let folder = (path as NSString).deletingLastPathComponent
        let key = SymmetricKey(size: .bits256)
        let data = key.withUnsafeBytes { Data($0) }
        do {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            // Created with 0600 from the start: never a moment when others could read it.
            guard manager.createFile(atPath: path, contents: data, attributes: [.posixPermissions: 0o600]) else {
                throw WebUIError.sessionKey(path: path, reason: "the file could not be created")
            }
        } catch let error as WebUIError {
            throw error
        } catch {
            throw WebUIError.sessionKey(path: path, reason: error.localizedDescription)
        }
        return key
    }

    private static func restrict(_ path: String, mode: Int) throws {
        do {
            try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        } catch {
            throw WebUIError.sessionKey(path: path, reason: error.localizedDescription)
        }
    }
}
