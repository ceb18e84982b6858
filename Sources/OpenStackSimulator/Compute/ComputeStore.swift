/// Everything Nova knows.
struct ComputeStore: Sendable {
    var flavors: [FlavorRecord] = []
    var servers = RecordTable<ServerRecord>()
    /// user id → keypairs in creation order.
    var keypairs: [String: [KeypairRecord]] = [:]
    var nextKeypairID = 1
    /// project id → quota.
    var quotas: [String: ComputeQuota] = [:]
    /// Listed servers' JSON, reused while a server's inputs stay the same.
    let serverJSONCache = ServerJSONCache()

    func flavor(id: String) -> FlavorRecord? { flavors.first { $0.id == id } }

    func keypair(user userID: String, name: String) -> KeypairRecord? {
        keypairs[userID]?.first { $0.name == name }
    }
}

/// A project's Nova quota (Compute API ref, "Show Rate And Absolute Limits").
struct ComputeQuota: Sendable {
    var instances: Int
    var cores: Int
    /// MiB.
    var ram: Int
    var keypairs = 100
    var serverGroups = 10
    var serverGroupMembers = 10
    var metadataItems = 128
}
