/// A Neutron subnet (Networking API v2.0, "Subnets").
public struct Subnet: Sendable, Hashable, Codable, Identifiable {
    /// A range of addresses handed out by DHCP.
    public struct AllocationPool: Sendable, Hashable, Codable {
        /// First address.
        public var start: String
        /// Last address.
        public var end: String

        /// Creates a pool.
        public init(start: String, end: String) {
            self.start = start
            self.end = end
        }
    }

    /// The subnet's UUID.
    public var id: String
    /// The name.
    public var name: String?
    /// The network's id.
    public var networkID: String
    /// The CIDR, such as `10.0.0.0/24`.
    public var cidr: String
    /// 4 or 6.
    public var ipVersion: Int
    /// The gateway address.
    public var gatewayIP: String?
    /// Whether DHCP is on.
    public var enableDHCP: Bool?
    /// DNS servers handed out.
    public var dnsNameservers: [String]?
    /// DHCP ranges.
    public var allocationPools: [AllocationPool]?
    /// The owning project's id.
    public var projectID: String?
    /// Description.
    public var description: String?

    enum CodingKeys: String, CodingKey {
        case id, name
        case networkID = "network_id"
        case cidr
        case ipVersion = "ip_version"
        case gatewayIP = "gateway_ip"
        case enableDHCP = "enable_dhcp"
        case dnsNameservers = "dns_nameservers"
        case allocationPools = "allocation_pools"
        case projectID = "project_id"
        case description
    }

    /// Creates a subnet record.
    public init(id: String, name: String?, networkID: String, cidr: String, ipVersion: Int) {
        self.id = id
        self.name = name
        self.networkID = networkID
        self.cidr = cidr
        self.ipVersion = ipVersion
    }
}
