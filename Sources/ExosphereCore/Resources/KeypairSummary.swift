import OpenStackAPI

/// A key pair as Exosphere shows it (the public half only).
public struct KeypairSummary: Sendable, Hashable, Codable {
    /// The key pair's name (its id in Nova).
    public var name: String
    /// The key's fingerprint, as Nova computes it.
    public var fingerprint: String?
    /// `ssh` or `x509` (compute microversion 2.2 and later).
    public var type: String?
    /// The public key.
    public var publicKey: String?

    init(keypair: Keypair) {
        self.init(name: keypair.name, fingerprint: keypair.fingerprint, type: keypair.type, publicKey: keypair.publicKey)
    }

    init(name: String, fingerprint: String?, type: String?, publicKey: String?) {
        self.name = name
        self.fingerprint = fingerprint
        self.type = type
        self.publicKey = publicKey
    }
}
