import Foundation
import Secrets
import Testing

@testable import ExosphereCore

@Suite("The local passphrase vault")
struct PassphraseVaultTests {
    @Test("a passphrase comes back for its instance only, and no file holds it in the clear")
    func roundTrip() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vault-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let vault = PassphraseVault(directory: folder)
        let passphrase = AccessPassphrase.generate()
        try vault.store(passphrase, for: "instance-1")
        #expect(try vault.passphrase(for: "instance-1") == passphrase)
        #expect(try vault.passphrase(for: "instance-2") == nil)
        #expect(try PassphraseVault(directory: folder).passphrase(for: "instance-1") == passphrase)
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(file).path
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(file)")
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(!text.contains(passphrase.revealed))
        }
        let folderMode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
        #expect(folderMode == 0o700)
        try vault.remove(for: "instance-1")
        #expect(try vault.passphrase(for: "instance-1") == nil)
    }

    @Test("a sealed entry moved to another instance does not open")
    func boundToInstance() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vault-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let vault = PassphraseVault(directory: folder)
        try vault.store(Secret("first secret"), for: "a")
        try vault.store(Secret("second secret"), for: "b")
        let file = folder.appendingPathComponent("passphrases.json")
        var document = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: [String: String]]
        let sealedA = document?["sealed"]?["a"]
        document?["sealed"]?["b"] = sealedA
        try JSONSerialization.data(withJSONObject: document ?? [:]).write(to: file)
        #expect(throws: CoreError.vaultUnreadable(path: folder.path)) { try vault.passphrase(for: "b") }
        #expect(try vault.passphrase(for: "a") == Secret("first secret"))
    }
}
