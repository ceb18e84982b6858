import OpenStackAPI

/// The user's key pairs: list, import a public key, delete (Nova).
///
/// Reach it as `session.keypairs` (``CloudSession/keypairs``).
public struct KeypairService: Sendable {
    /// The cloud the calls go to.
    let session: CloudSession

    // Key pairs belong to the user, not the project (Compute API reference, "Keypairs"); any of the
    // user's projects reaches them.

    /// The user's key pairs.
    public func list(in project: ProjectSummary) async throws -> [KeypairSummary] {
        try await session.services(for: project).compute.listKeypairs().map(KeypairSummary.init(keypair:)).sorted { $0.name < $1.name }
    }

    /// Imports a public key under `name` (`POST /os-keypairs` with `public_key`). Never asks Nova
    /// to generate a key pair.
    public func importKey(name: String, publicKey: PublicKey, in project: ProjectSummary) async throws -> KeypairSummary {
        let compute = try await session.services(for: project).compute
        let type = compute.supports("2.2") ? "ssh" : nil
        return KeypairSummary(keypair: try await compute.createKeypair(KeypairCreateRequest(name: name, publicKey: publicKey.text, type: type)))
    }

    /// Deletes a key pair; instances launched with it keep the key.
    public func delete(name: String, in project: ProjectSummary) async throws {
        let compute = try await session.services(for: project).compute
        do {
            try await compute.deleteKeypair(name: name)
        } catch let error as OpenStackError where error.status == 404 {
            throw CoreError.resource(.notFound(kind: "key pair", name))
        }
    }
}

extension CloudSession {
    /// The key pairs of this cloud's user.
    public nonisolated var keypairs: KeypairService { KeypairService(session: self) }
}
