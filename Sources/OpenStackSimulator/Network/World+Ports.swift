/// Creating the Neutron resources servers and projects need, shared by the seed and the APIs.
extension World {
    /// A port with the next free address of the network's first subnet, bound to a server.
    mutating func createServerPort(
        serverID: String, projectID: String, networkID: String, securityGroupNames: [String], now: Timestamp
    ) -> PortRecord? {
        guard let network = network.networks[networkID], let subnetID = network.subnetIDs.first,
            var subnet = self.network.subnets[subnetID]
        else { return nil }
        let address = subnet.allocate()
        self.network.subnets[subnetID] = subnet
        let groups = securityGroupNames.compactMap { self.network.securityGroup(named: $0, project: projectID)?.id }
        let port = PortRecord(
            id: random.uuid(), networkID: networkID, projectID: projectID, macAddress: random.macAddress(),
            subnetID: subnetID, ipAddress: address, deviceID: serverID, deviceOwner: "compute:nova",
            securityGroupIDs: groups, createdAt: now)
        self.network.addPort(port)
        return port
    }

    /// A floating IP from the external network, not yet associated.
    mutating func allocateFloatingIP(projectID: String, now: Timestamp) -> FloatingIPRecord {
        let floating = FloatingIPRecord(
            id: random.uuid(), projectID: projectID, address: network.allocateFloatingAddress(),
            networkID: network.externalNetworkID, createdAt: now, updatedAt: now)
        network.floatingIPs.insert(floating)
        return floating
    }

    /// Points a floating IP at a port, through the project's router (Networking API ref,
    /// "Update floating IP": `port_id`, `fixed_ip_address`, `router_id` are filled in).
    mutating func associate(floatingID: String, portID: String?, now: Timestamp) {
        guard var floating = network.floatingIPs[floatingID] else { return }
        if let oldPort = floating.portID { network.floatingIPByPort[oldPort] = nil }
        if let portID, let port = network.ports[portID] {
            floating.portID = portID
            floating.fixedIP = port.ipAddress
            floating.routerID = network.routers.all.first { $0.projectID == port.projectID }?.id
            network.floatingIPByPort[portID] = floatingID
        } else {
            floating.portID = nil
            floating.fixedIP = nil
            floating.routerID = nil
        }
        floating.updatedAt = now
        network.floatingIPs[floatingID] = floating
    }

    /// The project's private network and subnet (`10.<index>.0.0/16`), a router with a gateway on
    /// `public`, and the router-interface and DHCP ports.
    mutating func createProjectNetwork(project: ProjectRecord, index: Int, now: Timestamp) {
        let prefix = "10.\(index % 250 + 1)"
        let networkID = random.uuid()
        let subnet = SubnetRecord(
            id: random.uuid(), name: project.name + "-subnet", networkID: networkID, projectID: project.id,
            prefix: prefix, cidr: prefix + ".0.0/16", gatewayIP: prefix + ".0.1",
            dnsNameservers: ["8.8.8.8", "8.8.4.4"], createdAt: now)
        network.subnets.insert(subnet)
        network.networks.insert(
            NetworkRecord(
                id: networkID, name: project.name + "-net", projectID: project.id, subnetIDs: [subnet.id], createdAt: now))
        network.projectNetworkIDs[project.id] = networkID
        let routerID = random.uuid()
        network.routers.insert(
            RouterRecord(
                id: routerID, name: project.name + "-router", projectID: project.id,
                externalNetworkID: network.externalNetworkID, externalIP: network.allocateFloatingAddress(),
                externalSubnetID: network.externalSubnetID, createdAt: now))
        for (owner, address) in [("network:router_interface", prefix + ".0.1"), ("network:dhcp", prefix + ".0.2")] {
            network.addPort(
                PortRecord(
                    id: random.uuid(), networkID: networkID, projectID: project.id, macAddress: random.macAddress(),
                    subnetID: subnet.id, ipAddress: address, deviceID: owner == "network:dhcp" ? "dhcp" : routerID,
                    deviceOwner: owner, createdAt: now))
        }
    }

    /// Every project's `default` group (egress anywhere, ingress from members of the group, as
    /// Neutron creates it) and an `ssh-and-ping` group.
    mutating func createSecurityGroups(projectID: String, now: Timestamp) {
        let defaultID = random.uuid()
        network.securityGroups.insert(
            SecurityGroupRecord(
                id: defaultID, name: "default", description: "Default security group", projectID: projectID, createdAt: now))
        for ethertype in ["IPv4", "IPv6"] {
            addRule(groupID: defaultID, projectID: projectID, direction: "egress", ethertype: ethertype, now: now)
            addRule(
                groupID: defaultID, projectID: projectID, direction: "ingress", ethertype: ethertype,
                remoteGroupID: defaultID, now: now)
        }
        let sshID = random.uuid()
        network.securityGroups.insert(
            SecurityGroupRecord(
                id: sshID, name: "ssh-and-ping", description: "SSH and ICMP from anywhere", projectID: projectID,
                createdAt: now))
        for ethertype in ["IPv4", "IPv6"] {
            addRule(groupID: sshID, projectID: projectID, direction: "egress", ethertype: ethertype, now: now)
        }
        addRule(
            groupID: sshID, projectID: projectID, direction: "ingress", ethertype: "IPv4", ipProtocol: "tcp",
            ports: 22...22, remoteIPPrefix: "0.0.0.0/0", now: now)
        addRule(
            groupID: sshID, projectID: projectID, direction: "ingress", ethertype: "IPv4", ipProtocol: "icmp",
            remoteIPPrefix: "0.0.0.0/0", now: now)
    }

    @discardableResult
    mutating func addRule(
        groupID: String, projectID: String, direction: String, ethertype: String, ipProtocol: String? = nil,
        ports: ClosedRange<Int>? = nil, remoteIPPrefix: String? = nil, remoteGroupID: String? = nil, now: Timestamp
    ) -> SecurityGroupRuleRecord {
        let rule = SecurityGroupRuleRecord(
            id: random.uuid(), groupID: groupID, projectID: projectID, direction: direction, ethertype: ethertype,
            ipProtocol: ipProtocol, portMin: ports?.lowerBound, portMax: ports?.upperBound,
            remoteIPPrefix: remoteIPPrefix, remoteGroupID: remoteGroupID, createdAt: now)
        network.rules.insert(rule)
        return rule
    }
}
