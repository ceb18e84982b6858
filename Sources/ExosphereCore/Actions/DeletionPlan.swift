/// What deleting an instance could also remove, for the person to decide on.
///
/// Nova deletes the instance's ports but leaves its floating IPs allocated (they keep counting
/// against the quota) and keeps volumes unless they were attached with `delete_on_termination`.
/// Exosphere never removes them silently: the plan lists them and ``DeletionChoices`` says which go.
public struct DeletionPlan: Sendable, Hashable {
    /// The instance to delete.
    public var instance: Instance
    /// Floating IPs associated with the instance's ports.
    public var floatingIPs: [FloatingIPSummary]
    /// Volumes created with the instance that Nova would keep.
    public var volumes: [CascadeVolume]
}

/// A volume that goes with its instance, and why Exosphere thinks so.
public struct CascadeVolume: Sendable, Hashable {
    /// Why the volume belongs to the instance.
    public enum Reason: String, Sendable, Hashable, Codable {
        /// Its metadata `exosphere_created_for` names the instance (Exosphere's launch tags them).
        case createdForInstance = "created-for-instance"
        /// The instance boots from it and Nova would keep it (`delete_on_termination` false).
        case bootVolume = "boot-volume"
    }

    /// The volume.
    public var volume: VolumeSummary
    /// Why it is listed.
    public var reason: Reason
}

/// Which of a plan's extras to remove with the instance.
public struct DeletionChoices: Sendable, Hashable {
    /// Release the floating IPs.
    public var releaseFloatingIPs: Bool
    /// Delete the volumes (after the instance is gone and they are detached).
    public var deleteVolumes: Bool

    /// Creates choices; by default nothing but the instance goes.
    public init(releaseFloatingIPs: Bool = false, deleteVolumes: Bool = false) {
        self.releaseFloatingIPs = releaseFloatingIPs
        self.deleteVolumes = deleteVolumes
    }
}

/// What a deletion removed and what it left.
public struct DeletionReport: Sendable, Hashable {
    /// The deleted instance.
    public var instance: Instance
    /// Whether the instance was seen gone (only known when waited for).
    public var confirmedGone: Bool
    /// Addresses of the released floating IPs.
    public var releasedFloatingIPs: [String]
    /// Addresses of floating IPs left allocated.
    public var keptFloatingIPs: [String]
    /// Names (or ids) of the deleted volumes.
    public var deletedVolumes: [String]
    /// Names (or ids) of the volumes left.
    public var keptVolumes: [String]
}

extension DeletionPlan {
    /// The metadata key Exosphere's launch sets on the volumes it creates for an instance.
    public static let createdForKey = "exosphere_created_for"
}
