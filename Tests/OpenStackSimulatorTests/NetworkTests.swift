import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Neutron v2.0 (Networking API ref).
@Suite struct NetworkTests {
    @Test func networksIncludePublicAndTheProjectNetwork() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let reply = try await simulator.send(.GET, "/network/v2.0/networks", token: token)
            #expect(reply.header("x-openstack-request-id")?.hasPrefix("req-") == true)
            let networks = try reply.json()["networks"]?.array ?? []
            let external = networks.filter { $0["router:external"]?.bool == true }.compactMap { $0["name"]?.string }
            #expect(external == ["public"])
            let own = try #require(networks.first { $0["name"]?.string == "demo-genomics-net" })
            #expect(ShapeMatcher.mismatches(expected: try ShapeMatcher.fixture("neutron-network"), actual: .object(["network": own])) == [])
            #expect(Formats.isSeconds(own["created_at"]?.string ?? ""))
            for query in ["router:external=true", "router%3Aexternal=true", "router%3aexternal=%74rue"] {
                let filtered = try await simulator.send(.GET, "/network/v2.0/networks?" + query, token: token)
                #expect(try filtered.json()["networks"]?.array?.compactMap { $0["name"]?.string } == ["public"], "\(query)")
            }
        }
    }

    @Test func missingResourceIsNeutronError() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let reply = try await simulator.send(.GET, "/network/v2.0/networks/no-such-network", token: token)
            #expect(reply.status == 404)
            let error = try reply.json()["NeutronError"]
            #expect(error?["type"]?.string == "NetworkNotFound")
            #expect(error?["message"]?.string == "Network no-such-network could not be found.")
            #expect(error?["detail"]?.string == "")
        }
    }

    // Networking API ref, "Pagination": `limit`, `marker` and `<collection>_links`.
    @Test func portsPageWithLinks() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            var path = "/network/v2.0/ports?limit=3"
            var ids: [String] = []
            for _ in 0..<50 {
                let json = try await simulator.send(.GET, path, token: token).json()
                ids += json["ports"]?.array?.compactMap { $0["id"]?.string } ?? []
                guard let next = json["ports_links"]?.array?.first(where: { $0["rel"]?.string == "next" })?["href"]?.string else { break }
                path = String(next.dropFirst(simulator.endpoint.baseURL.count))
            }
            let all = try await simulator.send(.GET, "/network/v2.0/ports", token: token).json()["ports"]?.array ?? []
            #expect(ids.count == all.count)
            #expect(ids == ids.sorted())
        }
    }

    // Networking API ref, "Create floating IP" / "Update floating IP": server addresses follow.
    @Test func floatingIPLifecycleShowsInServerAddresses() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let networks = try await simulator.send(.GET, "/network/v2.0/networks?name=public", token: token)
            let publicID = try #require(try networks.json()["networks"]?[0]?["id"]?.string)
            let created = try await simulator.send(.POST, "/network/v2.0/floatingips", token: token,
                json: #"{"floatingip": {"floating_network_id": "\#(publicID)"}}"#)
            #expect(created.status == 201)
            #expect(ShapeMatcher.mismatches(expected: try ShapeMatcher.fixture("neutron-floatingip"), actual: try created.json()) == [])
            let floating = try #require(try created.json()["floatingip"])
            let floatingID = try #require(floating["id"]?.string)
            let address = try #require(floating["floating_ip_address"]?.string)
            #expect(floating["status"]?.string == "DOWN")

            let server = try await simulator.serverID(token: token, status: "SHUTOFF")
            let ports = try await simulator.send(.GET, "/network/v2.0/ports?device_id=\(server)", token: token)
            let portID = try #require(try ports.json()["ports"]?[0]?["id"]?.string)
            let associated = try await simulator.send(.PUT, "/network/v2.0/floatingips/\(floatingID)", token: token,
                json: #"{"floatingip": {"port_id": "\#(portID)"}}"#)
            #expect(associated.status == 200)
            #expect(try associated.json()["floatingip"]?["port_details"]?["device_id"]?.string == server)
            let shown = try await simulator.send(.GET, "/compute/v2.1/servers/\(server)", token: token).json()
            let entries = shown["server"]?["addresses"]?["demo-genomics-net"]?.array ?? []
            #expect(entries.contains { $0["addr"]?.string == address && $0["OS-EXT-IPS:type"]?.string == "floating" })

            let disassociated = try await simulator.send(.PUT, "/network/v2.0/floatingips/\(floatingID)", token: token,
                json: #"{"floatingip": {"port_id": null}}"#)
            #expect(try disassociated.json()["floatingip"]?["port_id"] == .null)
            #expect(try await simulator.send(.DELETE, "/network/v2.0/floatingips/\(floatingID)", token: token).status == 204)
            #expect(try await simulator.send(.GET, "/network/v2.0/floatingips/\(floatingID)", token: token).status == 404)
            let privateNetworks = try await simulator.send(.GET, "/network/v2.0/networks?name=demo-genomics-net", token: token)
            let privateID = try #require(try privateNetworks.json()["networks"]?[0]?["id"]?.string)
            let refused = try await simulator.send(.POST, "/network/v2.0/floatingips", token: token,
                json: #"{"floatingip": {"floating_network_id": "\#(privateID)"}}"#)
            #expect(refused.status == 400)
        }
    }

    @Test func securityGroupsAndRules() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let groups = try await simulator.send(.GET, "/network/v2.0/security-groups?name=default", token: token)
            let group = try #require(try groups.json()["security_groups"]?[0])
            #expect(ShapeMatcher.mismatches(expected: try ShapeMatcher.fixture("neutron-security-group"), actual: .object(["security_group": group])) == [])
            #expect(group["security_group_rules"]?.array?.count == 4)
            let created = try await simulator.send(.POST, "/network/v2.0/security-groups", token: token,
                json: #"{"security_group": {"name": "web", "description": "HTTP"}}"#)
            #expect(created.status == 201)
            let groupID = try #require(try created.json()["security_group"]?["id"]?.string)
            let rule = #"{"security_group_rule": {"security_group_id": "\#(groupID)", "direction": "ingress", "protocol": "tcp", "port_range_min": 443, "port_range_max": 443, "remote_ip_prefix": "0.0.0.0/0"}}"#
            #expect(try await simulator.send(.POST, "/network/v2.0/security-group-rules", token: token, json: rule).status == 201)
            let duplicate = try await simulator.send(.POST, "/network/v2.0/security-group-rules", token: token, json: rule)
            #expect(duplicate.status == 409)
            #expect(try duplicate.json()["NeutronError"]?["type"]?.string == "SecurityGroupRuleExists")
            let sideways = try await simulator.send(.POST, "/network/v2.0/security-group-rules", token: token,
                json: #"{"security_group_rule": {"security_group_id": "\#(groupID)", "direction": "sideways"}}"#)
            #expect(sideways.status == 400)
            #expect(try sideways.json()["NeutronError"]?["type"]?.string == "HTTPBadRequest")
            #expect(try sideways.json()["NeutronError"]?["message"]?.string == "Invalid input for direction. Reason: sideways is not in valid_values.")
            #expect(try await simulator.send(.DELETE, "/network/v2.0/security-groups/\(groupID)", token: token).status == 204)
        }
    }

    // Neutron accepts the `.json` format suffix that openstacksdk sends.
    @Test(arguments: ["details", "details.json"])
    func quotaDetailsCountUsage(suffix: String) async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let projectID = try await simulator.projectID(token: token)
            let details = try await simulator.send(.GET, "/network/v2.0/quotas/\(projectID)/" + suffix, token: token)
            #expect(details.status == 200)
            #expect(try details.json()["quota"]?["security_group"]?["used"]?.int == 2)
            #expect(try details.json()["quota"]?["floatingip"]?["limit"]?.int == 50)
        }
    }
}
