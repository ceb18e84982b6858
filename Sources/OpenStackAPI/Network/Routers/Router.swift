/// A Neutron router (Networking API v2.0, "Routers").
public struct Router: Sendable, Hashable, Codable, Identifiable {
    /// The router's uplink to an external network.
    public struct ExternalGateway: Sendable, Hashable, Codable {
        /// The external network's id.
        public var networkID: String
        /// Whether source NAT is on.
        public var enableSNAT: Bool?
        /// The router's addresses on the external network.
        public var externalFixedIPs: [FixedIP]?

        enum CodingKeys: String, CodingKey {
            case networkID = "network_id"
            case enableSNAT = "enable_snat"
            case externalFixedIPs = "external_fixed_ips"
        }

        /// Creates a gateway record.
        public init(networkID: String, enableSNAT: Bool? = nil, externalFixedIPs: [FixedIP]? = nil) {
            self.networkID = networkID
            self.enableSNAT = enableSNAT
            self.externalFixedIPs = externalFixedIPs
        }
    }

    /// The router's UUID.
    public var id: String
    /// The name.
    public var name: String?
    /// `ACTIVE`, `DOWN`…
    public var status: String?
    /// Administrative state.
    public var adminStateUp: Bool?
    /// The external gateway, if set.
    public var externalGatewayInfo: ExternalGateway?
    /// The owning project's id.
    public var projectID: String?
    /// Description.
    public var description: String?

    enum CodingKeys: String, CodingKey {
        case id, name, status
        case adminStateUp = "admin_state_up"
        case externalGatewayInfo = "external_gateway_info"
        case projectID = "project_id"
        case description
    }

    /// Creates a router record.
    public init(id: String, name: String?) {
        self.id = id
        self.name = name
    }
}

/// An address on a subnet, as ports and routers list them.
public struct FixedIP: Sendable, Hashable, Codable {
    /// The subnet's id.
    public var subnetID: String?
    /// The address.
    public var ipAddress: String?

    enum CodingKeys: String, CodingKey {
        case subnetID = "subnet_id"
        case ipAddress = "ip_address"
    }

    /// Creates an address.
    public init(subnetID: String?, ipAddress: String?) {
        self.subnetID = subnetID
        self.ipAddress = ipAddress
    }
}
