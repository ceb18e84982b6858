/// What to send to `POST /v2.0/security-groups`.
public struct SecurityGroupCreateRequest: Sendable, Hashable, Encodable {
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

/// What to send to `POST /v2.0/security-group-rules`.
public struct SecurityGroupRuleCreateRequest: Sendable, Hashable, Encodable {
    /// The group to add the rule to.
    public var securityGroupID: String
    /// `ingress` or `egress`.
    public var direction: String
    /// `IPv4` (default) or `IPv6`.
    public var ethertype: String?
    /// `tcp`, `udp`, `icmp`…; `nil` for any.
    public var `protocol`: String?
    /// Lowest port (or ICMP type).
    public var portRangeMin: Int?
    /// Highest port (or ICMP code).
    public var portRangeMax: Int?
    /// Remote CIDR.
    public var remoteIPPrefix: String?
    /// Remote group id.
    public var remoteGroupID: String?
    /// Description.
    public var description: String?

    enum CodingKeys: String, CodingKey {
        case securityGroupID = "security_group_id"
        case direction, ethertype, `protocol`
        case portRangeMin = "port_range_min"
        case portRangeMax = "port_range_max"
        case remoteIPPrefix = "remote_ip_prefix"
        case remoteGroupID = "remote_group_id"
        case description
    }

    /// Creates a request.
    public init(
        securityGroupID: String, direction: String, ethertype: String? = nil, protocol: String? = nil,
        portRangeMin: Int? = nil, portRangeMax: Int? = nil, remoteIPPrefix: String? = nil, remoteGroupID: String? = nil,
        description: String? = nil
    ) {
        self.securityGroupID = securityGroupID
        self.direction = direction
        self.ethertype = ethertype
        self.protocol = `protocol`
        self.portRangeMin = portRangeMin
        self.portRangeMax = portRangeMax
        self.remoteIPPrefix = remoteIPPrefix
        self.remoteGroupID = remoteGroupID
        self.description = description
    }
}
