import OpenStackAPI
import Testing

/// A security group and one rule, created and removed.
@Suite("Security groups", .tags(.contract))
struct SecurityGroupContractTests {
    @Test("create a group, add and remove a rule, delete the group", arguments: Backend.available)
    func securityGroup(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, cleanup in
            let network = cloud.network
            let name = cloud.names.name("secgroup")
            let group = try await network.createSecurityGroup(
                SecurityGroupCreateRequest(name: name, description: "contract test"))
            await cleanup.add("security group \(group.id)") {
                do {
                    try await network.deleteSecurityGroup(id: group.id)
                } catch let error as OpenStackError where error.status == 404 {}
            }
            #expect(group.name == name && group.description == "contract test")
            #expect(group.projectID == cloud.projectID)
            // Neutron gives every new group an egress rule per ether type.
            let egress = (group.rules ?? []).filter { $0.direction == "egress" }
            #expect(Set(egress.compactMap(\.ethertype)) == ["IPv4", "IPv6"])

            let rule = try await network.createSecurityGroupRule(
                SecurityGroupRuleCreateRequest(
                    securityGroupID: group.id, direction: "ingress", ethertype: "IPv4", protocol: "tcp",
                    portRangeMin: 22, portRangeMax: 22, remoteIPPrefix: "192.0.2.0/24"))
            #expect(rule.securityGroupID == group.id && rule.direction == "ingress" && rule.protocol == "tcp")
            #expect(rule.portRangeMin == 22 && rule.portRangeMax == 22 && rule.remoteIPPrefix == "192.0.2.0/24")
            let inGroup = try await network.listSecurityGroupRules(
                NetworkListQuery(filters: ["security_group_id": group.id]))
            #expect(inGroup.contains { $0.id == rule.id })
            #expect(inGroup.count == egress.count + 1)

            await cloud.expectCloudError(409, "add the same rule twice") {
                try await network.createSecurityGroupRule(
                    SecurityGroupRuleCreateRequest(
                        securityGroupID: group.id, direction: "ingress", ethertype: "IPv4", protocol: "tcp",
                        portRangeMin: 22, portRangeMax: 22, remoteIPPrefix: "192.0.2.0/24"))
            }

            try await network.deleteSecurityGroupRule(id: rule.id)
            let afterDelete = try await network.listSecurityGroupRules(
                NetworkListQuery(filters: ["security_group_id": group.id]))
            #expect(!afterDelete.contains { $0.id == rule.id })

            try await network.deleteSecurityGroup(id: group.id)
            #expect(try await network.listSecurityGroups(NetworkListQuery(filters: ["id": group.id])).isEmpty)
        }
    }
}
