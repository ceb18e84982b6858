/// The project's block-storage quotas and usage (`GET /limits`, the `absolute` part); `-1` means
/// unlimited.
public struct BlockStorageLimits: Sendable, Hashable, Codable {
    /// Most volumes.
    public var maxTotalVolumes: Int?
    /// Most volume storage, in GiB.
    public var maxTotalVolumeGigabytes: Int?
    /// Most snapshots.
    public var maxTotalSnapshots: Int?
    /// Most backups.
    public var maxTotalBackups: Int?
    /// Most backup storage, in GiB.
    public var maxTotalBackupGigabytes: Int?
    /// Volumes in use.
    public var totalVolumesUsed: Int?
    /// Storage in use by volumes and snapshots, in GiB.
    public var totalGigabytesUsed: Int?
    /// Snapshots in use.
    public var totalSnapshotsUsed: Int?
    /// Backups in use.
    public var totalBackupsUsed: Int?
    /// Backup storage in use, in GiB.
    public var totalBackupGigabytesUsed: Int?

    /// Creates an empty record.
    public init() {}
}
