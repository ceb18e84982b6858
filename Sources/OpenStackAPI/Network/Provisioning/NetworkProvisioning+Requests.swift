/// What to send to `POST /v2.0/networks` (Networking API v2.0, "Create network").
public struct NetworkCreateRequest: Sendable, Hashable, Encodable {
    /// The name.
    public var name: String
    /// Description.
    public var description: String?

    /// Creates a request.
    public init(name: String, description: String? = nil) {
        self.name = name
        self.description = description
    }
}

/// What to send to `POST /v2.0/subnets` (Networking API v2.0, "Create subnet"): an IPv4 subnet.
public struct SubnetCreateRequest: Sendable, Hashable, Encodable {
    /// The network it belongs to.
    public var networkID: String
    /// The address range, such as `192.168.10.0/24`.
    public var cidr: String
    /// The name.
    public var name: String
    /// 4 or 6.
    public var ipVersion: Int
    /// DNS servers handed out by DHCP; empty leaves the cloud's default.
    public var dnsNameservers: [String]?

    enum CodingKeys: String, CodingKey {
        case networkID = "network_id"
        case cidr, name
        case ipVersion = "ip_version"
        case dnsNameservers = "dns_nameservers"
    }

    /// Creates a request.
    public init(networkID: String, cidr: String, name: String, ipVersion: Int = 4, dnsNameservers: [String]? = nil) {
        self.networkID = networkID
        self.cidr = cidr
        self.name = name
        self.ipVersion = ipVersion
        self.dnsNameservers = dnsNameservers
    }
}

/// What to send to `POST /v2.0/routers` (Networking API v2.0, "Create router").
public struct RouterCreateRequest: Sendable, Hashable, Encodable {
    /// The name.
    public var name: String
    /// The external network for the router's gateway (`external_gateway_info.network_id`).
    public var externalNetworkID: String?

    enum CodingKeys: String, CodingKey {
        case name
        case gateway = "external_gateway_info"
    }

    private struct Gateway: Encodable {
        let networkID: String
        enum CodingKeys: String, CodingKey { case networkID = "network_id" }
    }

    /// Creates a request.
    public init(name: String, externalNetworkID: String?) {
        self.name = name
        self.externalNetworkID = externalNetworkID
    }

    /// Encodes the wire form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(externalNetworkID.map(Gateway.init), forKey: .gateway)
    }
}

/// What to send to `POST /v2.0/ports` (Networking API v2.0, "Create port").
public struct PortCreateRequest: Sendable, Hashable, Encodable {
    /// The network to put the port on.
    public var networkID: String
    /// The name.
    public var name: String?
    /// Security group ids; `nil` gives the project's `default` group.
    public var securityGroups: [String]?

    enum CodingKeys: String, CodingKey {
        case networkID = "network_id"
        case name
        case securityGroups = "security_groups"
    }

    /// Creates a request.
    public init(networkID: String, name: String? = nil, securityGroups: [String]? = nil) {
        self.networkID = networkID
        self.name = name
        self.securityGroups = securityGroups
    }
}

/// The body of `PUT /v2.0/routers/{id}/add_router_interface` and `remove_router_interface`.
struct RouterInterfaceBody: Encodable, Sendable {
    let subnetID: String
    enum CodingKeys: String, CodingKey { case subnetID = "subnet_id" }
}

/// The answer to adding or removing a router interface.
public struct RouterInterface: Sendable, Hashable, Decodable {
    /// The router's id.
    public var id: String
    /// The interface port's id.
    public var portID: String
    /// The subnet's id.
    public var subnetID: String

    enum CodingKeys: String, CodingKey {
        case id
        case portID = "port_id"
        case subnetID = "subnet_id"
    }
}
