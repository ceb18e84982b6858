public import Foundation

/// A Nova server (Compute API reference, "Show Server Details").
///
/// Almost every field is optional: since 2.69 a server in a cell that is down comes back with only
/// its id, status, tenant, creation time and links, and many fields depend on the microversion
/// or on policy.
public struct Server: Sendable, Hashable, Codable, Identifiable {
    /// The server's UUID.
    public var id: String
    /// The name; absent for servers in a down cell (2.69+).
    public var name: String?
    /// The status.
    public var status: ServerStatus?
    /// The owning project's id.
    public var tenantID: String?
    /// The creating user's id.
    public var userID: String?
    /// When it was created.
    public var created: Date?
    /// When it last changed.
    public var updated: Date?
    /// An opaque id of its host, unique per project.
    public var hostID: String?
    /// Addresses by network name.
    public var addresses: [String: [ServerAddress]]?
    /// Public IPv4 address set by the user.
    public var accessIPv4: String?
    /// Public IPv6 address set by the user.
    public var accessIPv6: String?
    /// The image it booted from; `nil` when it booted from a volume (Nova sends `""`).
    public var image: ServerImage?
    /// The flavor, in the shape of the microversion (see ``ServerFlavor``).
    public var flavor: ServerFlavor?
    /// The key pair's name.
    public var keyName: String?
    /// User metadata.
    public var metadata: [String: String]?
    /// Its security groups.
    public var securityGroups: [ServerSecurityGroup]?
    /// Availability zone.
    public var availabilityZone: String?
    /// Power state: 0 no state, 1 running, 3 paused, 4 shut down, 6 crashed, 7 suspended.
    public var powerState: Int?
    /// The task under way, such as `spawning`, or `nil`.
    public var taskState: String?
    /// The VM state, such as `active`.
    public var vmState: String?
    /// When it was launched.
    public var launchedAt: Date?
    /// When it was deleted.
    public var terminatedAt: Date?
    /// Attached volumes.
    public var volumesAttached: [ServerAttachedVolume]?
    /// Build or resize progress in percent.
    public var progress: Int?
    /// Whether it is locked; since 2.9.
    public var locked: Bool?
    /// Why it is locked; since 2.73.
    public var lockedReason: String?
    /// Description; since 2.19.
    public var description: String?
    /// Tags; since 2.26.
    public var tags: [String]?
    /// The guest host name; since 2.3 for admins, 2.90 for everyone.
    public var hostname: String?
    /// Whether a config drive is attached (`"True"` or `""`).
    public var configDrive: String?
    /// The fault, for servers in `ERROR`.
    public var fault: ServerFault?
    /// Server group ids; since 2.71 (show only).
    public var serverGroups: [String]?

    enum CodingKeys: String, CodingKey {
        case id, name, status
        case tenantID = "tenant_id"
        case userID = "user_id"
        case created, updated
        case hostID = "hostId"
        case addresses, accessIPv4, accessIPv6, image, flavor
        case keyName = "key_name"
        case metadata
        case securityGroups = "security_groups"
        case availabilityZone = "OS-EXT-AZ:availability_zone"
        case powerState = "OS-EXT-STS:power_state"
        case taskState = "OS-EXT-STS:task_state"
        case vmState = "OS-EXT-STS:vm_state"
        case launchedAt = "OS-SRV-USG:launched_at"
        case terminatedAt = "OS-SRV-USG:terminated_at"
        case volumesAttached = "os-extended-volumes:volumes_attached"
        case progress, locked
        case lockedReason = "locked_reason"
        case description, tags
        case hostname = "OS-EXT-SRV-ATTR:hostname"
        case configDrive = "config_drive"
        case fault
        case serverGroups = "server_groups"
    }

    /// Creates a server record (tests, plugins).
    public init(id: String, name: String? = nil, status: ServerStatus? = nil) {
        self.id = id
        self.name = name
        self.status = status
    }
}
