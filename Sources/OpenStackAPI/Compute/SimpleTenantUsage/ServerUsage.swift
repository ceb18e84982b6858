public import Foundation

/// One instance's part of a ``TenantUsage`` (`server_usages`).
public struct ServerUsage: Sendable, Hashable, Codable {
    /// The server id.
    public var instanceID: String
    /// The server name.
    public var name: String?
    /// Hours of the period the instance existed.
    public var hours: Double
    /// vCPUs of its flavor.
    public var vcpus: Int
    /// Memory of its flavor, in MiB.
    public var memoryMB: Int
    /// Root plus ephemeral disk of its flavor, in GiB.
    public var localGB: Int
    /// The flavor name.
    public var flavor: String?
    /// Nova's `vm_state`, or `terminated` once deleted.
    public var state: String?
    /// When it was launched.
    public var startedAt: Date?
    /// When it was deleted; `nil` while it exists.
    public var endedAt: Date?
    /// Seconds from launch to deletion, or to now.
    public var uptime: Int?

    enum CodingKeys: String, CodingKey {
        case instanceID = "instance_id"
        case name, hours, vcpus, flavor, state, uptime
        case memoryMB = "memory_mb"
        case localGB = "local_gb"
        case startedAt = "started_at"
        case endedAt = "ended_at"
    }

    /// Creates a record.
    public init(instanceID: String, hours: Double, vcpus: Int, memoryMB: Int, localGB: Int) {
        self.instanceID = instanceID
        self.hours = hours
        self.vcpus = vcpus
        self.memoryMB = memoryMB
        self.localGB = localGB
    }
}
