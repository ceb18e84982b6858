import Foundation
@testable import OpenStackAPI
import Testing
@testable import OutboundHTTP

/// Networking API v2.0: creating what a launch needs when a project has no network.
struct NetworkProvisioningTests {
    static let networkID = "4e8e5957-649f-477b-9e5b-f1f75b21c03c"
    static let subnetID = "3b80198d-4f7b-4f77-9ef5-774d54e17126"
    static let routerID = "f8a44de0-fc8e-45df-93c7-f79bf3b01c95"
    static let project = "9bacb3c5d39d41a79512987f338cf177"

    @Test("network, subnet, router and port are created with the API reference's bodies")
    func creations() async throws {
        let environment = TestEnvironment()
        for name in ["network", "subnet", "router", "port"] {
            try environment.transport.on(.post, "/network/v2.0/\(name)s", status: 201, fixture: "network/\(name).json")
        }
        let network = try environment.network()
        let created = try await network.createNetwork(NetworkCreateRequest(name: "exosphere-demo-net"))
        let subnet = try await network.createSubnet(
            SubnetCreateRequest(networkID: created.id, cidr: "192.168.100.0/24", name: "exosphere-demo-subnet"))
        let router = try await network.createRouter(
            RouterCreateRequest(name: "exosphere-demo-router", externalNetworkID: "ae34051f-aa6c-4c75-abf5-50dc9ac99ef3"))
        let port = try await network.createPort(
            PortCreateRequest(networkID: created.id, name: "lab", securityGroups: ["85cc3048-abc3-43cc-89b3-377341426ac5"]))
        #expect(created.id == Self.networkID)
        #expect(subnet.id == Self.subnetID)
        #expect(router.externalGatewayInfo?.externalFixedIPs?.first?.ipAddress == "172.24.4.6")
        #expect(port.fixedIPs?.first?.ipAddress == "192.168.100.10")
        #expect(port.status == "DOWN")
        for name in ["network", "subnet", "router", "port"] {
            let request = try #require(environment.transport.requests(.post, "/network/v2.0/\(name)s").first)
            #expect(request.headers["content-type"] == "application/json")
            #expect(try request.jsonBody() == (try Fixtures.json("network/\(name)-create-request.json")), "\(name)")
        }
    }

    @Test("router interfaces are added and removed by subnet; deletions use DELETE on the resource")
    func interfacesAndDeletion() async throws {
        let environment = TestEnvironment()
        let router = "/network/v2.0/routers/\(Self.routerID)"
        try environment.transport.on(.put, router + "/add_router_interface", fixture: "network/router-interface.json")
        try environment.transport.on(.put, router + "/remove_router_interface", fixture: "network/router-interface.json")
        for path in [router, "/network/v2.0/subnets/\(Self.subnetID)", "/network/v2.0/networks/\(Self.networkID)", "/network/v2.0/ports/p1"] {
            try environment.transport.on(.delete, path, status: 204)
        }
        let network = try environment.network()
        let added = try await network.addRouterInterface(routerID: Self.routerID, subnetID: Self.subnetID)
        #expect(added.portID == "3a44f4e5-1694-493a-a1fb-393881c673a4")
        try await network.removeRouterInterface(routerID: Self.routerID, subnetID: Self.subnetID)
        try await network.deleteRouter(id: Self.routerID)
        try await network.deleteSubnet(id: Self.subnetID)
        try await network.deleteNetwork(id: Self.networkID)
        try await network.deletePort(id: "p1")
        let interfaceBody = try #require(environment.transport.requests(.put, router + "/add_router_interface").first)
        #expect(String(decoding: interfaceBody.body ?? Data(), as: UTF8.self) == #"{"subnet_id":"\#(Self.subnetID)"}"#)
        #expect(environment.transport.requests.filter { $0.method == .delete }.count == 4)
    }

    @Test("auto-allocated topology: dry run with fields=dry-run, then the network, then deletion")
    func autoAllocatedTopology() async throws {
        let environment = TestEnvironment()
        let path = "/network/v2.0/auto-allocated-topology/\(Self.project)"
        try environment.transport.on(.get, path) { request in
            let fixture = request.query["fields"] == "dry-run" ? "auto-allocated-topology-dry-run" : "auto-allocated-topology"
            return TransportResponse(status: 200, headers: [:], body: try Fixtures.data("network/\(fixture).json"))
        }
        try environment.transport.on(.delete, path, status: 204)
        let network = try environment.network()
        #expect(try await network.canAutoAllocateTopology(projectID: Self.project))
        #expect(try await network.showAutoAllocatedTopology(projectID: Self.project).id == "8a4d4ddb-6d3b-4a43-9e05-5c0e6a7c4fbb")
        try await network.deleteAutoAllocatedTopology(projectID: Self.project)
        #expect(environment.transport.requests(.get, path).map { $0.query["fields"] } == ["dry-run", nil])
    }
}
