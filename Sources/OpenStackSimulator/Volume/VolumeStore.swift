/// Everything Cinder knows.
struct VolumeStore: Sendable {
    var volumes = RecordTable<VolumeRecord>()
    /// project id → (volumes, gigabytes) quota.
    var quotas: [String: (volumes: Int, gigabytes: Int)] = [:]
}
