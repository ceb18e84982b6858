import Foundation

/// Files under `Fixtures/`.
enum Fixtures {
    /// The text of a fixture file, trimmed of surrounding white space.
    static func text(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw ContractError.missingFixture(name)
        }
        return try String(contentsOf: url, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// An ed25519 public key made once with `ssh-keygen -t ed25519` (its private half was thrown away).
    static func publicKey() throws -> String { try text("contract-ed25519.pub") }

    /// That key's MD5 fingerprint as Nova reports it (`ssh-keygen -l -E md5`).
    static func publicKeyFingerprint() throws -> String { try text("contract-ed25519.fingerprint") }
}
