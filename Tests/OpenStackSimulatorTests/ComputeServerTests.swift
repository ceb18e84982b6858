import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Nova servers: shapes by microversion, headers, filters and errors.
@Suite struct ComputeServerTests {
    @Test(arguments: [("2.1", "nova-server-2.1"), ("2.79", "nova-server-2.79")])
    func serverShowMatchesReferenceShape(version: String, fixture: String) async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let id = try await simulator.serverID(token: token, status: "ACTIVE")
            let reply = try await simulator.send(
                .GET, "/compute/v2.1/servers/\(id)", token: token, headers: [("OpenStack-API-Version", "compute \(version)")])
            #expect(reply.status == 200)
            let json = try reply.json()
            #expect(ShapeMatcher.mismatches(expected: try ShapeMatcher.fixture(fixture), actual: json) == [])
            #expect(Formats.isSeconds(json["server"]?["created"]?.string ?? ""))
            #expect(Formats.isMicroseconds(json["server"]?["OS-SRV-USG:launched_at"]?.string ?? ""))
        }
    }

    // Compute API ref, "Microversions": the version used comes back in both headers, with Vary.
    @Test(arguments: [
        ([("OpenStack-API-Version", "compute 2.47")], "2.47"),
        ([("X-OpenStack-Nova-API-Version", "2.60")], "2.60"),
        ([("OpenStack-API-Version", "compute latest")], "2.93"),
        ([], "2.1"),
    ])
    func microversionHeadersEchoTheVersionUsed(headers: [(String, String)], expected: String) async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let reply = try await simulator.send(.GET, "/compute/v2.1/flavors", token: token, headers: headers)
            #expect(reply.status == 200)
            #expect(reply.header("OpenStack-API-Version") == "compute \(expected)")
            #expect(reply.header("X-OpenStack-Nova-API-Version") == expected)
            #expect(reply.header("Vary")?.contains("OpenStack-API-Version") == true)
            #expect(reply.header("x-compute-request-id") == reply.header("x-openstack-request-id"))
        }
    }

    @Test func unsupportedMicroversionIs406AndMalformedIs400() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let high = try await simulator.send(.GET, "/compute/v2.1/servers", token: token, headers: [("OpenStack-API-Version", "compute 2.200")])
            #expect(high.status == 406)
            let bad = try await simulator.send(.GET, "/compute/v2.1/servers", token: token, headers: [("OpenStack-API-Version", "compute two")])
            #expect(bad.status == 400)
            #expect(try bad.json()["badRequest"]?["code"]?.int == 400)
        }
    }

    @Test func versionDocumentsAdvertiseTheRange() async throws {
        try await SimulatorHarness.with { simulator in
            let root = try await simulator.send(.GET, "/compute/")
            #expect(root.status == 200)
            let single = try await simulator.send(.GET, "/compute/v2.1/")
            let version = try single.json()["version"]
            #expect(version?["min_version"]?.string == "2.1")
            #expect(version?["version"]?.string == "2.93")
            #expect(try root.json()["versions"]?.array?.count == 2)
        }
    }

    @Test func unknownServerIsItemNotFound() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let reply = try await simulator.send(.GET, "/compute/v2.1/servers/00000000-0000-4000-8000-000000000000", token: token)
            #expect(reply.status == 404)
            #expect(try reply.json()["itemNotFound"]?["message"]?.string == "Instance 00000000-0000-4000-8000-000000000000 could not be found.")
        }
    }

    @Test func serversOfAnotherProjectAreInvisible() async throws {
        try await SimulatorHarness.with { simulator in
            let climate = try await simulator.token(project: "demo-climate")
            let id = try await simulator.serverID(token: climate, status: "ACTIVE")
            let collaborator = try await simulator.token(username: "demo-collaborator", password: "collaborator-password")
            let reply = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: collaborator)
            #expect(reply.status == 404)
        }
    }

    @Test func seedHasTheMixOfStates() async throws {
        try await SimulatorHarness.with { simulator in
            var statuses: [String: Int] = [:]
            for project in simulator.endpoint.projectNames {
                let token = try await simulator.token(project: project)
                let reply = try await simulator.send(.GET, "/compute/v2.1/servers/detail", token: token)
                for server in try reply.json()["servers"]?.array ?? [] { statuses[server["status"]?.string ?? "", default: 0] += 1 }
            }
            #expect(statuses.values.reduce(0, +) == 36)
            #expect(statuses["ACTIVE", default: 0] > 18)
            for status in ["SHUTOFF", "SHELVED_OFFLOADED", "ERROR"] { #expect(statuses[status, default: 0] >= 1) }
        }
    }

    // Compute API ref, "List Servers": `status` and `name` filters.
    @Test func filtersByStatusAndName() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let shutoff = try await simulator.send(.GET, "/compute/v2.1/servers/detail?status=SHUTOFF", token: token)
            let servers = try shutoff.json()["servers"]?.array ?? []
            #expect(!servers.isEmpty)
            #expect(servers.allSatisfy { $0["status"]?.string == "SHUTOFF" })
            let name = try #require(servers.first?["name"]?.string)
            let byName = try await simulator.send(.GET, "/compute/v2.1/servers?name=^\(name)$", token: token)
            #expect(try byName.json()["servers"]?.array?.compactMap { $0["name"]?.string } == [name])
            let unknown = try await simulator.send(.GET, "/compute/v2.1/servers?status=NOPE", token: token)
            #expect(try unknown.json()["servers"]?.array?.isEmpty == true)
        }
    }

    @Test func errorServerCarriesFault() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token(project: "demo-genomics")
            var fault: JSONValue?
            for project in simulator.endpoint.projectNames where fault == nil {
                let scoped = try await simulator.token(project: project)
                let reply = try await simulator.send(.GET, "/compute/v2.1/servers/detail?status=ERROR", token: scoped)
                fault = try reply.json()["servers"]?[0]?["fault"]
            }
            _ = token
            #expect(fault?["code"]?.int == 500)
            #expect(fault?["message"]?.string?.contains("No valid host") == true)
        }
    }
}
