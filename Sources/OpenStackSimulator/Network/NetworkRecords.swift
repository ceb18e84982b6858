/// A Neutron network.
struct NetworkRecord: Sendable {
    var id: String
    var name: String
    var projectID: String
    var isExternal = false
    var isShared = false
    var mtu = 1450
    var subnetIDs: [String] = []
    var description = ""
    var createdAt: Timestamp
    var revision = 1
}

/// A Neutron IPv4 subnet; addresses are handed out in order from `nextHost`.
struct SubnetRecord: Sendable {
    var id: String
    var name: String
    var networkID: String
    var projectID: String
    /// The first three octets of a /16 such as `10.2`: hosts are `prefix.x.y`.
    var prefix: String
    var cidr: String
    var gatewayIP: String
    var dnsNameservers: [String] = []
    var createdAt: Timestamp
    var nextHost = 10

    /// Hands out the next free address.
    mutating func allocate() -> String {
        let host = nextHost
        nextHost += 1
        return "\(prefix).\(host / 254 % 256).\(host % 254 + 1)"
    }
}

/// A Neutron router with its external gateway.
struct RouterRecord: Sendable {
    var id: String
    var name: String
    var projectID: String
    var externalNetworkID: String?
    var externalIP: String?
    var externalSubnetID: String?
    var createdAt: Timestamp
}

/// A Neutron port: one per server fixed IP, plus router and DHCP ports.
struct PortRecord: Sendable {
    var id: String
    var name = ""
    var networkID: String
    var projectID: String
    var macAddress: String
    var subnetID: String
    var ipAddress: String
    var deviceID = ""
    var deviceOwner = ""
    var securityGroupIDs: [String] = []
    var createdAt: Timestamp
    /// Created through the ports API rather than by Nova: a server's deletion unbinds it and keeps it.
    var preserveOnDelete = false
}

/// A Neutron floating IP.
struct FloatingIPRecord: Sendable {
    var id: String
    var projectID: String
    var address: String
    var networkID: String
    var portID: String?
    var fixedIP: String?
    var routerID: String?
    var description = ""
    var createdAt: Timestamp
    var updatedAt: Timestamp
}

/// A Neutron security group.
struct SecurityGroupRecord: Sendable {
    var id: String
    var name: String
    var description: String
    var projectID: String
    var createdAt: Timestamp
}

/// A Neutron security group rule.
struct SecurityGroupRuleRecord: Sendable {
    var id: String
    var groupID: String
    var projectID: String
    var direction: String
    var ethertype: String
    var ipProtocol: String?
    var portMin: Int?
    var portMax: Int?
    var remoteIPPrefix: String?
    var remoteGroupID: String?
    var description = ""
    var createdAt: Timestamp
}
