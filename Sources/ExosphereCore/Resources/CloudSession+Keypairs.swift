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

extension CloudSession {
    // Key pairs belong to the user, not the project (Compute API reference, "Keypairs"); any of the
    // user's projects reaches them.

    /// The user's key pairs.
    public func listKeypairs(in project: ProjectSummary) async throws -> [KeypairSummary] {
        try await services(for: project).compute.listKeypairs().map(KeypairSummary.init(keypair:)).sorted { $0.name < $1.name }
    }

    /// Imports a public key under `name` (`POST /os-keypairs` with `public_key`). Never asks Nova
    /// to generate a key pair.
    public func importKeypair(name: String, publicKey: PublicKey, in project: ProjectSummary) async throws -> KeypairSummary {
        let compute = try await services(for: project).compute
        let type = compute.supports("2.2") ? "ssh" : nil
        return KeypairSummary(keypair: try await compute.createKeypair(KeypairCreateRequest(name: name, publicKey: publicKey.text, type: type)))
    }

    /// Deletes a key pair; instances launched with it keep the key.
    public func deleteKeypair(name: String, in project: ProjectSummary) async throws {
        let compute = try await services(for: project).compute
        do {
            try await compute.deleteKeypair(name: name)
        } catch let error as OpenStackError where error.status == 404 {
            throw CoreError.resource(.notFound(kind: "key pair", name))
        }
    }
}
