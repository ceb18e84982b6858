public import Foundation
public import Secrets

/// An SSH (or x509) key pair (Compute API reference, "Keypairs (keypairs)").
public struct Keypair: Sendable, Hashable, Codable, Identifiable {
    /// The key pair's name, unique per user; also its id in URLs.
    public var name: String
    /// The public key.
    public var publicKey: String?
    /// The key's fingerprint.
    public var fingerprint: String?
    /// `ssh` or `x509`; since 2.2.
    public var type: String?
    /// The owner's id (show only).
    public var userID: String?
    /// When it was created (show only).
    public var createdAt: Date?
    /// The private key, present only when Nova generated the pair (before 2.92); shown once.
    public var privateKey: Secret?

    /// The name, which identifies a key pair.
    public var id: String { name }

    enum CodingKeys: String, CodingKey {
        case name
        case publicKey = "public_key"
        case fingerprint, type
        case userID = "user_id"
        case createdAt = "created_at"
        case privateKey = "private_key"
    }

    /// Creates a record.
    public init(name: String, publicKey: String?, fingerprint: String? = nil, type: String? = nil) {
        self.name = name
        self.publicKey = publicKey
        self.fingerprint = fingerprint
        self.type = type
    }
}
