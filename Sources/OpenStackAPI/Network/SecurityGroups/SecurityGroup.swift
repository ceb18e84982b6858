/// A Neutron security group (Networking API v2.0, "Security groups").
public struct SecurityGroup: Sendable, Hashable, Codable, Identifiable {
    /// The group's UUID.
    public var id: String
    /// The name.
    public var name: String
    /// Description.
    public var description: String?
    /// The owning project's id.
    public var projectID: String?
    /// Its rules.
    public var rules: [SecurityGroupRule]?
    /// Whether it is stateful.
    public var stateful: Bool?

    enum CodingKeys: String, CodingKey {
        case id, name, description
        case projectID = "project_id"
        case rules = "security_group_rules"
        case stateful
    }

    /// Creates a record.
    public init(id: String, name: String, description: String? = nil, rules: [SecurityGroupRule]? = nil) {
        self.id = id
        self.name = name
        self.description = description
        self.rules = rules
    }
}

/// One rule of a security group (Networking API v2.0, "Security group rules").
public struct SecurityGroupRule: Sendable, Hashable, Codable, Identifiable {
    /// The rule's UUID.
    public var id: String
    /// The group it belongs to.
    public var securityGroupID: String
    /// `ingress` or `egress`.
    public var direction: String
    /// `IPv4` or `IPv6`.
    public var ethertype: String?
    /// `tcp`, `udp`, `icmp`, a number, or `nil` for any.
    public var `protocol`: String?
    /// Lowest port (or ICMP type).
    public var portRangeMin: Int?
    /// Highest port (or ICMP code).
    public var portRangeMax: Int?
    /// Source (ingress) or destination (egress) CIDR.
    public var remoteIPPrefix: String?
    /// Source or destination group id.
    public var remoteGroupID: String?
    /// Description.
    public var description: String?

    enum CodingKeys: String, CodingKey {
        case id
        case securityGroupID = "security_group_id"
        case direction, ethertype, `protocol`
        case portRangeMin = "port_range_min"
        case portRangeMax = "port_range_max"
        case remoteIPPrefix = "remote_ip_prefix"
        case remoteGroupID = "remote_group_id"
        case description
    }

    /// Creates a record.
    public init(id: String, securityGroupID: String, direction: String, protocol: String? = nil) {
        self.id = id
        self.securityGroupID = securityGroupID
        self.direction = direction
        self.protocol = `protocol`
    }
}
