public import Foundation
import Crypto
public import Secrets

/// The user's own encrypted store of instance passphrases, on this machine only.
///
/// Each passphrase is sealed with AES-256-GCM under a key kept in a separate file; both files are
/// written through `PrivateFileStore` (folder 0700, files 0600). Nothing here is ever sent to
/// the cloud, so other members of the project cannot read it.
///
/// ```swift
/// let vault = PassphraseVault(directory: home.appending(path: ".local/share/exosphere/vault"))
/// try vault.store(passphrase, for: instanceID)
/// let again = try vault.passphrase(for: instanceID)
/// ```
public struct PassphraseVault: Sendable {
    private struct KeyDocument: Codable {
        var key: Data
    }

    private struct Entries: Codable {
        var sealed: [String: Data] = [:]
    }

    private let store: PrivateFileStore

    /// A vault in `directory` (created 0700 on first write).
    public init(directory: URL) {
        store = PrivateFileStore(directory: directory)
    }

    /// Seals and stores the passphrase of the instance `instanceID`, replacing an older one.
    ///
    /// - Throws: ``CoreError/vaultUnavailable(path:)`` when the files cannot be written.
    public func store(_ passphrase: Secret, for instanceID: String) throws(CoreError) {
        let key = try loadOrCreateKey()
        var entries = store.load(Entries.self, name: "passphrases") ?? Entries()
        do {
            let box = try AES.GCM.seal(Data(passphrase.revealed.utf8), using: key, authenticating: Data(instanceID.utf8))
            guard let combined = box.combined else { throw CoreError.vaultUnavailable(path: store.directory.path) }
            entries.sealed[instanceID] = combined
            try store.save(entries, name: "passphrases")
        } catch {
            throw .vaultUnavailable(path: store.directory.path)
        }
    }

    /// The passphrase of `instanceID`, or `nil` when this vault has none for it.
    ///
    /// - Throws: ``CoreError/vaultUnreadable(path:)`` when the entry cannot be opened (the key
    ///   file was replaced or the entry damaged).
    public func passphrase(for instanceID: String) throws(CoreError) -> Secret? {
        guard let sealed = store.load(Entries.self, name: "passphrases")?.sealed[instanceID] else { return nil }
        guard let document = store.load(KeyDocument.self, name: "vault-key") else {
            throw .vaultUnreadable(path: store.directory.path)
        }
        do {
            let box = try AES.GCM.SealedBox(combined: sealed)
            let plain = try AES.GCM.open(box, using: SymmetricKey(data: document.key), authenticating: Data(instanceID.utf8))
            return Secret(String(decoding: plain, as: UTF8.self))
        } catch {
            throw .vaultUnreadable(path: store.directory.path)
        }
    }

    /// Forgets the passphrase of `instanceID` (after the instance is deleted).
    public func remove(for instanceID: String) throws(CoreError) {
        guard var entries = store.load(Entries.self, name: "passphrases"), entries.sealed[instanceID] != nil else {
            return
        }
        entries.sealed[instanceID] = nil
        do {
            try store.save(entries, name: "passphrases")
        } catch {
            throw .vaultUnavailable(path: store.directory.path)
        }
    }

    private func loadOrCreateKey() throws(CoreError) -> SymmetricKey {
        if let document = store.load(KeyDocument.self, name: "vault-key"), document.key.count == 32 {
            return SymmetricKey(data: document.key)
        }
        let key = SymmetricKey(size: .bits256)
        do {
            try store.save(KeyDocument(key: key.withUnsafeBytes { Data($0) }), name: "vault-key")
        } catch {
            throw .vaultUnavailable(path: store.directory.path)
        }
        return key
    }
}
