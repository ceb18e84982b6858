/// A project's quotas across compute, block storage and networking, each as used / limit.
public struct QuotaUsage: Sendable, Hashable, Codable {
    /// The project.
    public var project: ProjectSummary
    /// One entry per resource the cloud reported, in ``QuotaResource`` order.
    public var entries: [QuotaEntry]

    /// Creates a usage record.
    public init(project: ProjectSummary, entries: [QuotaEntry]) {
        self.project = project
        self.entries = entries.sorted { $0.resource.order < $1.resource.order }
    }

    /// The entry for `resource`, when the cloud reported it.
    public subscript(resource: QuotaResource) -> QuotaEntry? {
        entries.first { $0.resource == resource }
    }

    /// What is short when `needs` (amount per resource) is added to current use; unlimited and
    /// unreported resources are never short.
    public func shortfalls(for needs: [QuotaResource: Int]) -> [QuotaShortfall] {
        needs.sorted { $0.key.order < $1.key.order }.compactMap { resource, needed in
            guard needed > 0, let entry = self[resource], let left = entry.remaining, needed > left else { return nil }
            return QuotaShortfall(resource: resource, needed: needed, available: max(left, 0))
        }
    }
}

/// One resource's use and limit.
public struct QuotaEntry: Sendable, Hashable, Codable {
    /// The resource.
    public var resource: QuotaResource
    /// In use, in the resource's unit (``QuotaResource/unit``).
    public var used: Int
    /// The limit in the same unit; `nil` means unlimited (`-1` in the APIs).
    public var limit: Int?

    /// Creates an entry; a negative limit means unlimited. Both numbers come from the cloud and
    /// are bounded here (``CloudNumber``): use below 0 counts as 0, anything past 2^53 as 2^53.
    public init(resource: QuotaResource, used: Int, limit: Int?) {
        self.resource = resource
        self.used = CloudNumber.count(used)
        self.limit = limit.flatMap { $0 < 0 ? nil : CloudNumber.count($0) }
    }

    /// What is left; `nil` when unlimited. Negative when use is past the limit.
    public var remaining: Int? { limit.map { CloudNumber.difference($0, used) } }
}

/// A resource a quota limits, with the service that counts it.
public enum QuotaResource: String, Sendable, Hashable, Codable, CaseIterable {
    /// Instances (Nova `instances`).
    case instances
    /// Virtual CPUs (Nova `cores`).
    case cores
    /// Memory in MiB (Nova `ram`).
    case ram
    /// Key pairs (Nova `key_pairs`).
    case keypairs
    /// Volumes (Cinder `volumes`).
    case volumes
    /// Volume and snapshot storage in GiB (Cinder `gigabytes`).
    case volumeGigabytes = "volume-gigabytes"
    /// Floating IPs (Neutron `floatingip`).
    case floatingIPs = "floating-ips"
    /// Networks (Neutron `network`).
    case networks
    /// Subnets (Neutron `subnet`).
    case subnets
    /// Routers (Neutron `router`).
    case routers
    /// Ports (Neutron `port`).
    case ports
    /// Security groups (Neutron `security_group`).
    case securityGroups = "security-groups"

    /// `compute`, `volume` or `network`.
    public var service: String {
        switch self {
        case .instances, .cores, .ram, .keypairs: "compute"
        case .volumes, .volumeGigabytes: "volume"
        default: "network"
        }
    }

    /// The unit of used and limit: `MiB`, `GiB` or empty for counts.
    public var unit: String {
        switch self {
        case .ram: "MiB"
        case .volumeGigabytes: "GiB"
        default: ""
        }
    }

    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
