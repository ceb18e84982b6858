import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// The simulator behaviours a friendly launch relies on (Networking and Compute API refs).
@Suite struct LaunchSupportTests {
    @Test("auto-allocated topology: dry run, allocation once per project, deletion", arguments: [true, false])
    func autoAllocatedTopology(enabled: Bool) async throws {
        var options = SimulatorHarness.fastOptions(projects: 1, servers: 0)
        options.projectNetworks = false
        options.autoAllocatedTopology = enabled
        try await SimulatorHarness.with(options) { simulator in
            let token = try await simulator.token()
            let project = try await simulator.projectID(token: token)
            let path = "/network/v2.0/auto-allocated-topology/\(project)"
            let dryRun = try await simulator.send(.GET, path + "?fields=dry-run", token: token)
            guard enabled else {
                #expect(dryRun.status == 404)
                return
            }
            #expect(try dryRun.json()["auto_allocated_topology"]?["dry-run"]?.string == "pass")
            let first = try await simulator.send(.GET, path, token: token).json()["auto_allocated_topology"]?["id"]?.string
            let again = try await simulator.send(.GET, path, token: token).json()["auto_allocated_topology"]?["id"]?.string
            #expect(first != nil && first == again)
            let networks = try await simulator.send(.GET, "/network/v2.0/networks", token: token).json()["networks"]?.array
            #expect(networks?.contains { $0["id"]?.string == first && $0["name"]?.string == "auto_allocated_network" } == true)
            #expect(try await simulator.send(.DELETE, path, token: token).status == 204)
            let routers = try await simulator.send(.GET, "/network/v2.0/routers", token: token).json()["routers"]?.array
            #expect(routers?.isEmpty == true)
        }
    }

    @Test("a port made first is bound by Nova and only unbound when the server is deleted")
    func preCreatedPort() async throws {
        try await SimulatorHarness.with(SimulatorHarness.fastOptions(projects: 1, servers: 0)) { simulator in
            let token = try await simulator.token()
            let networks = try await simulator.send(.GET, "/network/v2.0/networks?router:external=false", token: token)
            let networkID = try #require(try networks.json()["networks"]?[0]?["id"]?.string)
            let port = try await simulator.send(
                .POST, "/network/v2.0/ports", token: token, json: #"{"port": {"network_id": "\#(networkID)"}}"#)
            #expect(port.status == 201)
            let portID = try #require(try port.json()["port"]?["id"]?.string)
            #expect(try port.json()["port"]?["status"]?.string == "DOWN")
            let server = try await simulator.send(
                .POST, "/compute/v2.1/servers", token: token,
                json: #"{"server": {"name": "p", "imageRef": "\#(try await imageID(simulator, token))", "flavorRef": "1", "networks": [{"port": "\#(portID)"}]}}"#)
            #expect(server.status == 202)
            let serverID = try #require(try server.json()["server"]?["id"]?.string)
            // The port turns ACTIVE once the server is (30 simulated seconds, 30 ms here).
            let bound = try await simulator.waitFor("/network/v2.0/ports/\(portID)", token: token) {
                $0["port"]?["status"]?.string == "ACTIVE"
            }["port"]
            #expect(bound?["device_id"]?.string == serverID)
            #expect(try await simulator.status(of: serverID, token: token) == "ACTIVE")
            #expect(try await simulator.send(.DELETE, "/compute/v2.1/servers/\(serverID)", token: token).status == 204)
            let kept = try await simulator.send(.GET, "/network/v2.0/ports/\(portID)", token: token)
            #expect(kept.status == 200)
            #expect(try kept.json()["port"]?["device_id"]?.string == "")
            #expect(try await simulator.send(.DELETE, "/network/v2.0/ports/\(portID)", token: token).status == 204)
        }
    }

    @Test("a server's port stays DOWN while the server builds and turns ACTIVE with it")
    func portFollowsServer() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions(projects: 1, servers: 0)) { simulator in
            let token = try await simulator.token()
            let networks = try await simulator.send(.GET, "/network/v2.0/networks?router:external=false", token: token)
            let networkID = try #require(try networks.json()["networks"]?[0]?["id"]?.string)
            let port = try await simulator.send(
                .POST, "/network/v2.0/ports", token: token, json: #"{"port": {"network_id": "\#(networkID)"}}"#)
            let portID = try #require(try port.json()["port"]?["id"]?.string)
            _ = try await simulator.send(
                .POST, "/compute/v2.1/servers", token: token,
                json: #"{"server": {"name": "w", "imageRef": "\#(try await imageID(simulator, token))", "flavorRef": "1", "networks": [{"port": "\#(portID)"}]}}"#)
            func status() async throws -> String? {
                try await simulator.send(.GET, "/network/v2.0/ports/\(portID)", token: token).json()["port"]?["status"]?.string
            }
            #expect(try await status() == "DOWN")
            await simulator.advance(31)
            #expect(try await status() == "ACTIVE")
        }
    }

    @Test("network, subnet, router with gateway and interface, then deleted in order")
    func networkProvisioning() async throws {
        try await SimulatorHarness.with(SimulatorHarness.fastOptions(projects: 1, servers: 0)) { simulator in
            let token = try await simulator.token()
            let external = try #require(
                try await simulator.send(.GET, "/network/v2.0/networks?router:external=true", token: token)
                    .json()["networks"]?[0]?["id"]?.string)
            let network = try await simulator.send(.POST, "/network/v2.0/networks", token: token, json: #"{"network": {"name": "n"}}"#)
            let networkID = try #require(try network.json()["network"]?["id"]?.string)
            let subnet = try await simulator.send(
                .POST, "/network/v2.0/subnets", token: token,
                json: #"{"subnet": {"network_id": "\#(networkID)", "cidr": "192.168.100.0/24", "ip_version": 4}}"#)
            let subnetID = try #require(try subnet.json()["subnet"]?["id"]?.string)
            let router = try await simulator.send(
                .POST, "/network/v2.0/routers", token: token,
                json: #"{"router": {"name": "r", "external_gateway_info": {"network_id": "\#(external)"}}}"#)
            #expect(try router.json()["router"]?["external_gateway_info"]?["network_id"]?.string == external)
            let routerID = try #require(try router.json()["router"]?["id"]?.string)
            let body = #"{"subnet_id": "\#(subnetID)"}"#
            #expect(try await simulator.send(.PUT, "/network/v2.0/routers/\(routerID)/add_router_interface", token: token, json: body).status == 200)
            // Neutron refuses to delete a router with interfaces or a network with ports (409).
            #expect(try await simulator.send(.DELETE, "/network/v2.0/routers/\(routerID)", token: token).status == 409)
            #expect(try await simulator.send(.DELETE, "/network/v2.0/networks/\(networkID)", token: token).status == 409)
            #expect(try await simulator.send(.PUT, "/network/v2.0/routers/\(routerID)/remove_router_interface", token: token, json: body).status == 200)
            #expect(try await simulator.send(.DELETE, "/network/v2.0/routers/\(routerID)", token: token).status == 204)
            #expect(try await simulator.send(.DELETE, "/network/v2.0/subnets/\(subnetID)", token: token).status == 204)
            #expect(try await simulator.send(.DELETE, "/network/v2.0/networks/\(networkID)", token: token).status == 204)
        }
    }

    @Test("the console replays the user data's setup markers over simulated time", arguments: [nil, "beta"])
    func consoleReplaysMarkers(failing: String?) async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions(projects: 1, servers: 0)) { simulator in
            await simulator.server.setLaunchBehaviour(failingSetupStep: failing ?? "", setupStepSeconds: 10)
            let token = try await simulator.token()
            let script = """
                echo 'exosphere-setup: alpha start' > /dev/console
                echo 'exosphere-setup: beta start' > /dev/console
                echo 'exosphere-setup: complete' > /dev/console
                echo "exosphere-usage: t=$(date +%s) cpu=$cpu mem=$mem disk=$disk"
                """
            let userData = Data(script.utf8).base64EncodedString()
            let created = try await simulator.send(
                .POST, "/compute/v2.1/servers", token: token,
                json: #"{"server": {"name": "c", "imageRef": "\#(try await imageID(simulator, token))", "flavorRef": "1", "user_data": "\#(userData)"}}"#)
            let id = try #require(try created.json()["server"]?["id"]?.string)
            func console() async throws -> [String] {
                let reply = try await simulator.send(
                    .POST, "/compute/v2.1/servers/\(id)/action", token: token, json: #"{"os-getConsoleOutput": {}}"#)
                return (try reply.json()["output"]?.string ?? "").split(separator: "\n").map(String.init)
                    .filter { $0.hasPrefix("exosphere-") }
            }
            await simulator.advance(30)  // the default boot
            #expect(try await console() == ["exosphere-setup: alpha start"])
            await simulator.advance(15)
            #expect(try await console() == ["exosphere-setup: alpha start", "exosphere-setup: alpha done", "exosphere-setup: beta start"])
            await simulator.advance(90)
            let lines = try await console()
            if failing == nil {
                #expect(lines.contains("exosphere-setup: complete"))
            } else {
                #expect(lines.contains("exosphere-setup: beta failed") && !lines.contains("exosphere-setup: complete"))
            }
            #expect(lines.last?.hasPrefix("exosphere-usage: t=") == true)
        }
    }

    @Test("control: a server sent to ERROR shows a fault; floating IPs can run out")
    func injectedFailures() async throws {
        try await SimulatorHarness.with(SimulatorHarness.fastOptions(projects: 1, servers: 0)) { simulator in
            let token = try await simulator.token()
            let created = try await simulator.send(
                .POST, "/compute/v2.1/servers", token: token,
                json: #"{"server": {"name": "e", "imageRef": "\#(try await imageID(simulator, token))", "flavorRef": "1"}}"#)
            let id = try #require(try created.json()["server"]?["id"]?.string)
            #expect(try await simulator.send(.POST, "/_simulator/servers/\(id)/error").status == 204)
            let server = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token).json()["server"]
            #expect(server?["status"]?.string == "ERROR")
            #expect(server?["fault"]?["message"]?.string?.isEmpty == false)
            #expect(try await simulator.send(.PUT, "/_simulator/launch", json: #"{"floating_ips_exhausted": true}"#).status == 204)
            let external = try #require(
                try await simulator.send(.GET, "/network/v2.0/networks?router:external=true", token: token)
                    .json()["networks"]?[0]?["id"]?.string)
            let refused = try await simulator.send(
                .POST, "/network/v2.0/floatingips", token: token, json: #"{"floatingip": {"floating_network_id": "\#(external)"}}"#)
            #expect(refused.status == 400)
            #expect(try refused.json()["NeutronError"]?["type"]?.string == "ExternalIpAddressExhausted")
            #expect(try await simulator.send(.PUT, "/_simulator/launch", json: #"{"no_such": 1}"#).status == 400)
        }
    }

    private func imageID(_ simulator: SimulatorHarness, _ token: String) async throws -> String {
        let images = try await simulator.send(.GET, "/image/v2/images?name=Featured-Ubuntu24", token: token).json()
        guard let id = images["images"]?[0]?["id"]?.string else { throw HarnessError.unexpected("no image") }
        return id
    }
}
