/// What to send to `POST /v2.0/floatingips`.
public struct FloatingIPCreateRequest: Sendable, Hashable, Encodable {
    /// The external network to allocate from.
    public var floatingNetworkID: String
    /// Associate at once with this port.
    public var portID: String?
    /// The port's address to map to, when it has several.
    public var fixedIPAddress: String?
    /// Description.
    public var description: String?

    enum CodingKeys: String, CodingKey {
        case floatingNetworkID = "floating_network_id"
        case portID = "port_id"
        case fixedIPAddress = "fixed_ip_address"
        case description
    }

    /// Creates a request.
    public init(
        floatingNetworkID: String, portID: String? = nil, fixedIPAddress: String? = nil, description: String? = nil
    ) {
        self.floatingNetworkID = floatingNetworkID
        self.portID = portID
        self.fixedIPAddress = fixedIPAddress
        self.description = description
    }
}

/// The body of `PUT /v2.0/floatingips/{id}` for (dis)association: `port_id` is sent even when
/// `nil`, because `null` is how Neutron is told to disassociate.
struct FloatingIPAssociationBody: Encodable, Sendable {
    let portID: String?
    let fixedIPAddress: String?

    enum CodingKeys: String, CodingKey {
        case portID = "port_id"
        case fixedIPAddress = "fixed_ip_address"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(portID, forKey: .portID)
        try container.encodeIfPresent(fixedIPAddress, forKey: .fixedIPAddress)
    }
}
