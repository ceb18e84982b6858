/// Everything Neutron knows.
struct NetworkStore: Sendable {
    var networks = RecordTable<NetworkRecord>()
    var subnets = RecordTable<SubnetRecord>()
    var routers = RecordTable<RouterRecord>()
    var ports = RecordTable<PortRecord>()
    var floatingIPs = RecordTable<FloatingIPRecord>()
    var securityGroups = RecordTable<SecurityGroupRecord>()
    var rules = RecordTable<SecurityGroupRuleRecord>()
    /// server id → its port ids, so server `addresses` render fast.
    var portsByDevice: [String: [String]] = [:]
    /// port id → floating IP id.
    var floatingIPByPort: [String: String] = [:]
    /// The next free host number in the external network's /16.
    var nextFloatingHost = 10
    var externalNetworkID = ""
    /// project id → its private network, where new servers get their port by default.
    var projectNetworkIDs: [String: String] = [:]
    var externalSubnetID = ""

    mutating func addPort(_ port: PortRecord) {
        ports.insert(port)
        if !port.deviceID.isEmpty { portsByDevice[port.deviceID, default: []].append(port.id) }
    }

    mutating func removePort(_ id: String) {
        guard let port = ports[id] else { return }
        ports[id] = nil
        if !port.deviceID.isEmpty { portsByDevice[port.deviceID]?.removeAll { $0 == id } }
        if let floatingID = floatingIPByPort.removeValue(forKey: id) {
            floatingIPs[floatingID]?.portID = nil
            floatingIPs[floatingID]?.fixedIP = nil
            floatingIPs[floatingID]?.routerID = nil
        }
    }

    /// The next free floating address in the external subnet (172.24.0.0/16).
    mutating func allocateFloatingAddress() -> String {
        let host = nextFloatingHost
        nextFloatingHost += 1
        return "172.24.\(host / 254 % 256).\(host % 254 + 1)"
    }

    func securityGroup(named name: String, project projectID: String) -> SecurityGroupRecord? {
        securityGroups.all.first { $0.name == name && $0.projectID == projectID }
    }
}
