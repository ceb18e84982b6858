import OpenStackAPI
import Testing

/// What a launch creates when a project has no network: network, subnet, router with a gateway
/// and an interface, a port; then everything deleted in dependency order.
@Suite("Network provisioning", .tags(.contract))
struct NetworkProvisioningContractTests {
    @Test("network, subnet, router, interface and port, created and deleted", arguments: Backend.available)
    func provisioning(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, cleanup in
            let network = cloud.network
            let external = try await cloud.externalNetwork()
            let created = try await network.createNetwork(NetworkCreateRequest(name: cloud.names.name("net")))
            await cleanup.add("network \(created.id)") { try? await network.deleteNetwork(id: created.id) }
            #expect(created.projectID == cloud.projectID)
            #expect(created.isExternal == false)
            let subnet = try await network.createSubnet(
                SubnetCreateRequest(networkID: created.id, cidr: "192.168.251.0/24", name: cloud.names.name("subnet")))
            await cleanup.add("subnet \(subnet.id)") { try? await network.deleteSubnet(id: subnet.id) }
            #expect(subnet.networkID == created.id)
            #expect(subnet.cidr == "192.168.251.0/24")
            let router = try await network.createRouter(
                RouterCreateRequest(name: cloud.names.name("router"), externalNetworkID: external.id))
            await cleanup.add("router \(router.id)") { try? await network.deleteRouter(id: router.id) }
            #expect(router.externalGatewayInfo?.networkID == external.id)
            let interface = try await network.addRouterInterface(routerID: router.id, subnetID: subnet.id)
            await cleanup.add("router interface") {
                _ = try? await network.removeRouterInterface(routerID: router.id, subnetID: subnet.id)
            }
            #expect(interface.subnetID == subnet.id)
            let port = try await network.createPort(PortCreateRequest(networkID: created.id, name: cloud.names.name("port")))
            #expect(port.networkID == created.id)
            #expect(port.fixedIPs?.first?.subnetID == subnet.id)
            #expect(port.deviceID == nil || port.deviceID == "")

            try await network.deletePort(id: port.id)
            try await network.removeRouterInterface(routerID: router.id, subnetID: subnet.id)
            try await network.deleteRouter(id: router.id)
            try await network.deleteSubnet(id: subnet.id)
            try await network.deleteNetwork(id: created.id)
            let left = try await network.listNetworks(NetworkListQuery(filters: ["id": created.id]))
            #expect(left.isEmpty)
        }
    }
}
