public import Foundation

/// An OpenSSH public key line (`<type> <base64> [comment]`), checked before it is sent to Nova.
///
/// Exosphere only imports keys people already have; it never makes a private key for them.
public struct PublicKey: Sendable, Hashable {
    /// The key type, such as `ssh-ed25519`.
    public var type: String
    /// The whole line as given, trimmed.
    public var text: String

    /// The key types Nova accepts for import (Compute API reference, "Import (or create) Keypair":
    /// `ssh` keys in OpenSSH form).
    static let knownTypes: Set<String> = [
        "ssh-ed25519", "ssh-rsa", "ssh-dss", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]

    /// Parses a public key line.
    ///
    /// - Throws: ``CoreError/resource(_:)`` with ``ResourceProblem/invalidPublicKey(_:)`` naming
    ///   what is wrong (a private key, an unknown type, a damaged key body).
    public init(parsing line: String) throws {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.contains("PRIVATE KEY") {
            throw CoreError.resource(.invalidPublicKey("this is a private key; give the .pub file next to it"))
        }
        let fields = trimmed.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count >= 2 else {
            throw CoreError.resource(.invalidPublicKey("expected a key type and the key, separated by a space"))
        }
        let type = String(fields[0])
        guard Self.knownTypes.contains(type) else {
            throw CoreError.resource(.invalidPublicKey("unknown key type \(type)"))
        }
        // The body's first field repeats the key type (RFC 4253 section 6.6).
        guard let blob = Data(base64Encoded: String(fields[1])), blob.count > 4 + type.utf8.count else {
            throw CoreError.resource(.invalidPublicKey("the key is not valid base64"))
        }
        let length = blob.prefix(4).reduce(0) { $0 << 8 | Int($1) }
        guard length == type.utf8.count, blob.dropFirst(4).prefix(length).elementsEqual(type.utf8) else {
            throw CoreError.resource(.invalidPublicKey("the key's body does not match its type \(type)"))
        }
        self.type = type
        self.text = trimmed
    }
}
