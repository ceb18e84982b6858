/// The external network and each project's private network, router and security groups.
extension Seeder {
    mutating func seedNetworks() {
        let created = now - 800 * 86_400
        let externalID = world.random.uuid()
        let subnet = SubnetRecord(
            id: world.random.uuid(), name: "public-subnet", networkID: externalID, projectID: world.settings.adminProjectID,
            prefix: "172.24", cidr: "172.24.0.0/16", gatewayIP: "172.24.0.1", createdAt: created)
        world.network.subnets.insert(subnet)
        world.network.networks.insert(
            NetworkRecord(
                id: externalID, name: "public", projectID: world.settings.adminProjectID, isExternal: true, mtu: 1500,
                subnetIDs: [subnet.id], description: "Floating IPs and router gateways", createdAt: created))
        world.network.externalNetworkID = externalID
        world.network.externalSubnetID = subnet.id
        for (index, project) in demoProjects.enumerated() {
            let projectCreated = now - Double(500 - index * 7) * 86_400
            if options.projectNetworks { world.createProjectNetwork(project: project, index: index, now: projectCreated) }
            world.createSecurityGroups(projectID: project.id, now: projectCreated)
        }
    }
}
