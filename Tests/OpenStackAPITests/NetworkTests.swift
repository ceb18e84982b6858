import Foundation
import Localization
@testable import OpenStackAPI
import Secrets
import Testing
@testable import OutboundHTTP

struct NetworkTests {
    @Test("resources are read from /v2.0 under the catalog root")
    func lists() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/network/v2.0/networks", fixture: "network/networks-last.json")
        try environment.transport.on(.get, "/network/v2.0/subnets", fixture: "network/subnets.json")
        try environment.transport.on(.get, "/network/v2.0/routers", fixture: "network/routers.json")
        try environment.transport.on(.get, "/network/v2.0/ports", fixture: "network/ports.json")
        try environment.transport.on(.get, "/network/v2.0/security-groups", fixture: "network/security-groups.json")
        let network = try environment.network()

        async let networks = network.listNetworks(NetworkListQuery(isExternal: false))
        async let subnets = network.listSubnets(NetworkListQuery(filters: ["network_id": "db19"]))
        async let routers = network.listRouters()
        async let ports = network.listPorts(NetworkListQuery(filters: ["device_id": "f5dc"]))
        async let groups = network.listSecurityGroups()

        #expect(try await networks.first?.isExternal == false)
        #expect(
            try await subnets.first?.allocationPools == [Subnet.AllocationPool(start: "10.0.0.2", end: "10.0.0.254")])
        #expect(try await routers.first?.externalGatewayInfo?.externalFixedIPs?.first?.ipAddress == "172.24.4.3")
        #expect(
            try await ports.first?.fixedIPs == [
                FixedIP(subnetID: "a0304c3a-4f08-4c43-88af-d796509c97d2", ipAddress: "10.0.0.5")
            ])
        let rules = try await groups.first?.rules ?? []
        #expect(rules.map(\.direction) == ["egress", "ingress"])
        #expect(rules.last?.portRangeMin == 22)
        #expect(rules.last?.protocol == "tcp")

        let queries = Dictionary(uniqueKeysWithValues: environment.transport.requests.map { ($0.url.path, $0.query) })
        #expect(queries["/network/v2.0/networks"] == ["router:external": "false"])
        #expect(queries["/network/v2.0/subnets"] == ["network_id": "db19"])
        #expect(queries["/network/v2.0/ports"] == ["device_id": "f5dc"])
    }

    @Test("a floating IP is created, associated, disassociated (port_id null) and released")
    func floatingIPLifecycle() async throws {
        let environment = TestEnvironment()
        let path = "/network/v2.0/floatingips/2f245a7b-796b-4f26-9cf9-9e82d248fda7"
        try environment.transport.on(
            .post, "/network/v2.0/floatingips", status: 201, fixture: "network/floatingip.json")
        try environment.transport.on(.put, path, fixture: "network/floatingip.json")
        try environment.transport.on(.delete, path, status: 204)
        let network = try environment.network()

        let created = try await network.createFloatingIP(
            FloatingIPCreateRequest(
                floatingNetworkID: "376da547-b977-4cfe-9cba-275c80debf57",
                portID: "ce705c24-c1ef-408a-bda3-7bbd946164ab",
                description: "floating ip for testing"))
        #expect(created.floatingIPAddress == "172.24.4.228")
        let createBody = try #require(try environment.transport.requests.first?.jsonBody())
        #expect(createBody == (try Fixtures.json("network/floatingip-create-request.json")))

        _ = try await network.associateFloatingIP(id: created.id, portID: "ce705c24-c1ef-408a-bda3-7bbd946164ab")
        try environment.transport.on(.put, path, fixture: "network/floatingip-disassociated.json")
        let released = try await network.disassociateFloatingIP(id: created.id)
        #expect(released.portID == nil)
        let updates = try environment.transport.requests(.put, path).map { try $0.jsonBody() }
        #expect(
            updates == [
                .object(["floatingip": .object(["port_id": .string("ce705c24-c1ef-408a-bda3-7bbd946164ab")])]),
                .object(["floatingip": .object(["port_id": .null])]),
            ])

        try await network.deleteFloatingIP(id: created.id)
        #expect(environment.transport.requests(.delete, path).count == 1)
    }

    @Test("floating IPs are listed by port")
    func listFloatingIPs() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/network/v2.0/floatingips", fixture: "network/floatingips.json")
        let ips = try await environment.network().listFloatingIPs(NetworkListQuery(filters: ["port_id": "ce70"]))
        #expect(ips.map(\.fixedIPAddress) == ["10.0.0.3"])
        #expect(environment.transport.requests.first?.query == ["port_id": "ce70"])
    }

    @Test("security groups and rules are created and deleted")
    func securityGroups() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .post, "/network/v2.0/security-groups", status: 201, fixture: "network/security-group.json")
        try environment.transport.on(
            .post, "/network/v2.0/security-group-rules", status: 201, fixture: "network/security-group-rule.json")
        try environment.transport.on(.delete, "/network/v2.0/security-group-rules/2bc0", status: 204)
        try environment.transport.on(.delete, "/network/v2.0/security-groups/a773", status: 204)
        let network = try environment.network()

        let created = try await network.createSecurityGroup(
            SecurityGroupCreateRequest(name: "default", description: "default"))
        #expect(created.rules?.count == 2)
        let rule = try await network.createSecurityGroupRule(
            SecurityGroupRuleCreateRequest(
                securityGroupID: "a7734e61-b545-452d-a3cd-0189cbd9747a", direction: "ingress", ethertype: "IPv4",
                protocol: "tcp", portRangeMin: 80, portRangeMax: 80, remoteIPPrefix: "0.0.0.0/0"))
        #expect(rule.id == "2bc0accf-312e-429a-956e-e4407625eb62")
        let ruleBody = try #require(
            try environment.transport.requests(.post, "/network/v2.0/security-group-rules").first?.jsonBody())
        #expect(ruleBody == (try Fixtures.json("network/security-group-rule-create-request.json")))

        try await network.deleteSecurityGroupRule(id: "2bc0")
        try await network.deleteSecurityGroup(id: "a773")
        #expect(environment.transport.requests.filter { $0.method == .delete }.count == 2)
    }

    @Test("quota details are read per resource")
    func quotas() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .get, "/network/v2.0/quotas/4fd4/details.json", fixture: "network/quota-details.json")
        let quotas = try await environment.network().showQuotaDetails(projectID: "4fd4")
        #expect(quotas["floatingip"] == NetworkQuotaUsage(used: 1, limit: 50, reserved: 0))
        #expect(quotas["subnetpool"]?.limit == -1)
    }

    @Test("Neutron's error body is read")
    func neutronError() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(
            .get, "/network/v2.0/networks/8d6a", status: 404, fixture: "errors/neutron-NetworkNotFound.json")
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.network().showNetwork(id: "8d6a")
        }
        #expect(
            error?.message.sourceText
                == "Network (Neutron) found nothing at GET /network/v2.0/networks/8d6a (HTTP 404): Network 8d6a could not be found."
        )
    }
}
