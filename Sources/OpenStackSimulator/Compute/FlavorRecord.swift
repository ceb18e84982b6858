/// A Nova flavor.
struct FlavorRecord: Sendable, Equatable {
    var id: String
    var name: String
    var vcpus: Int
    /// MiB.
    var ram: Int
    /// GiB.
    var disk: Int
    /// GiB.
    var ephemeral: Int = 0
    /// MiB.
    var swap: Int = 0
    var isPublic = true
    var description: String?
    var extraSpecs: [String: String] = [:]
}

/// A Nova keypair, owned by a user (keypairs are per user, not per project).
struct KeypairRecord: Sendable {
    var id: Int
    var name: String
    var userID: String
    var publicKey: String
    var fingerprint: String
    var type: String
    var createdAt: Timestamp
}
