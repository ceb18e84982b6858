/// The project's compute quotas and usage (`GET /limits`, the `absolute` part).
///
/// Every field is optional: several were removed in 2.36 (floating IPs, security groups) and 2.57
/// (personality), and clouds with unified limits may omit others. `-1` means unlimited.
public struct ComputeLimits: Sendable, Hashable, Codable {
    /// Most instances.
    public var maxTotalInstances: Int?
    /// Most vCPUs.
    public var maxTotalCores: Int?
    /// Most memory, in MiB.
    public var maxTotalRAMSize: Int?
    /// Most key pairs.
    public var maxTotalKeypairs: Int?
    /// Most metadata items per server.
    public var maxServerMeta: Int?
    /// Most server groups.
    public var maxServerGroups: Int?
    /// Most members per server group.
    public var maxServerGroupMembers: Int?
    /// Most floating IPs; before 2.36.
    public var maxTotalFloatingIps: Int?
    /// Most security groups; before 2.36.
    public var maxSecurityGroups: Int?
    /// Instances in use.
    public var totalInstancesUsed: Int?
    /// vCPUs in use.
    public var totalCoresUsed: Int?
    /// Memory in use, in MiB.
    public var totalRAMUsed: Int?
    /// Server groups in use.
    public var totalServerGroupsUsed: Int?
    /// Floating IPs in use; before 2.36.
    public var totalFloatingIpsUsed: Int?
    /// Security groups in use; before 2.36.
    public var totalSecurityGroupsUsed: Int?

    /// Creates an empty record.
    public init() {}
}
