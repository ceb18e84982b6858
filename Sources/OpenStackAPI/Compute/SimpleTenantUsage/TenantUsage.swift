public import Foundation

/// A project's compute usage over a period (Compute API reference, "Usage reports
/// (os-simple-tenant-usage)", "Show Usage Statistics For Tenant").
///
/// Nova charges every instance for the time it existed inside the period, with its current
/// flavor, whatever its power state; the totals are hours × the flavor's size. A project with no
/// instances in the period gets an empty object, which decodes as zero usage.
public struct TenantUsage: Sendable, Hashable, Codable {
    /// The project; absent when there was no usage.
    public var tenantID: String?
    /// The start of the period as Nova understood it; absent when there was no usage.
    public var start: Date?
    /// The end of the period, never later than the cloud's clock; absent when there was no usage.
    public var stop: Date?
    /// Instance-hours.
    public var totalHours: Double
    /// vCPU-hours: each instance's hours × its vCPUs.
    public var totalVCPUsUsage: Double
    /// MiB-hours of memory: each instance's hours × its RAM in MiB.
    public var totalMemoryMBUsage: Double
    /// GiB-hours of local disk: each instance's hours × (root + ephemeral disk in GiB).
    public var totalLocalGBUsage: Double
    /// One entry per instance; `nil` when the cloud sent none.
    public var serverUsages: [ServerUsage]?

    enum CodingKeys: String, CodingKey {
        case tenantID = "tenant_id"
        case start, stop
        case totalHours = "total_hours"
        case totalVCPUsUsage = "total_vcpus_usage"
        case totalMemoryMBUsage = "total_memory_mb_usage"
        case totalLocalGBUsage = "total_local_gb_usage"
        case serverUsages = "server_usages"
    }

    /// Creates a usage record (zero by default).
    public init(
        tenantID: String? = nil, start: Date? = nil, stop: Date? = nil, totalHours: Double = 0,
        totalVCPUsUsage: Double = 0, totalMemoryMBUsage: Double = 0, totalLocalGBUsage: Double = 0,
        serverUsages: [ServerUsage]? = nil
    ) {
        self.tenantID = tenantID
        self.start = start
        self.stop = stop
        self.totalHours = totalHours
        self.totalVCPUsUsage = totalVCPUsUsage
        self.totalMemoryMBUsage = totalMemoryMBUsage
        self.totalLocalGBUsage = totalLocalGBUsage
        self.serverUsages = serverUsages
    }

    /// Decodes the wire form; Nova sends `{}` for a period without instances.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        tenantID = try container.decodeIfPresent(String.self, forKey: .tenantID)
        start = try container.decodeIfPresent(Date.self, forKey: .start)
        stop = try container.decodeIfPresent(Date.self, forKey: .stop)
        totalHours = try container.decodeIfPresent(Double.self, forKey: .totalHours) ?? 0
        totalVCPUsUsage = try container.decodeIfPresent(Double.self, forKey: .totalVCPUsUsage) ?? 0
        totalMemoryMBUsage = try container.decodeIfPresent(Double.self, forKey: .totalMemoryMBUsage) ?? 0
        totalLocalGBUsage = try container.decodeIfPresent(Double.self, forKey: .totalLocalGBUsage) ?? 0
        serverUsages = try container.decodeIfPresent([ServerUsage].self, forKey: .serverUsages)
    }

    /// This page's usage added to `other`'s: since 2.40 each page of instances carries the totals
    /// of its own instances only.
    func adding(_ other: TenantUsage) -> TenantUsage {
        var sum = self
        sum.tenantID = tenantID ?? other.tenantID
        sum.start = start ?? other.start
        sum.stop = stop ?? other.stop
        sum.totalHours += other.totalHours
        sum.totalVCPUsUsage += other.totalVCPUsUsage
        sum.totalMemoryMBUsage += other.totalMemoryMBUsage
        sum.totalLocalGBUsage += other.totalLocalGBUsage
        if serverUsages != nil || other.serverUsages != nil {
            sum.serverUsages = (serverUsages ?? []) + (other.serverUsages ?? [])
        }
        return sum
    }
}
