import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// `GET /servers` filters (Compute API ref, "List Servers") and user project listing.
@Suite struct ComputeQueryTests {
    @Test(arguments: [("jupyter", true), ("^genomics-", true), ("JUPYTER", true), ("^jupyter", false), (".*.*.*.*.*.*zz", false)])
    func nameFilterIsACaseInsensitiveSearch(pattern: String, expectsMatches: Bool) async throws {
        try await SimulatorHarness.with(SimulatorHarness.fastOptions(projects: 1, servers: 200)) { simulator in
            let token = try await simulator.token()
            let escaped = pattern.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? pattern
            let reply = try await simulator.send(.GET, "/compute/v2.1/servers?name=\(escaped)", token: token)
            let names = try reply.json()["servers"]?.array?.compactMap { $0["name"]?.string } ?? []
            #expect(names.isEmpty != expectsMatches)
            let needle = pattern.lowercased().replacingOccurrences(of: "^", with: "")
            #expect(names.allSatisfy { $0.contains(needle) || needle.hasPrefix(".*") })
        }
    }

    // `changes-since` returns servers updated since, including deleted ones (status DELETED).
    @Test func changesSinceIncludesRecentChangesAndDeletions() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let stopped = try await simulator.serverID(token: token, status: "SHUTOFF")
            let since = try await simulator.send(.GET, "/compute/v2.1/servers/\(stopped)", token: token).json()["server"]?["updated"]?.string
            await simulator.advance(60)
            let now = try #require(try await simulator.send(.POST, "/_simulator/clock/advance", json: #"{"seconds": 0}"#).json()["now"]?.string)
            #expect(since != nil)
            #expect(try await simulator.send(.DELETE, "/compute/v2.1/servers/\(stopped)", token: token).status == 204)
            await simulator.advance(5)
            let reply = try await simulator.send(.GET, "/compute/v2.1/servers/detail?changes-since=\(now)", token: token)
            let servers = try reply.json()["servers"]?.array ?? []
            #expect(servers.contains { $0["id"]?.string == stopped && $0["status"]?.string == "DELETED" })
            #expect(servers.allSatisfy { ($0["updated"]?.string ?? "") >= now })
            let bad = try await simulator.send(.GET, "/compute/v2.1/servers?changes-since=yesterday", token: token)
            #expect(bad.status == 400)
        }
    }

    // Identity API ref, "List projects for user".
    @Test func userProjectsOnlyForTheUserThemselves() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let me = try await simulator.send(.GET, "/identity/v3/auth/tokens", token: token, headers: [("X-Subject-Token", token)])
            let userID = try #require(try me.json()["token"]?["user"]?["id"]?.string)
            let own = try await simulator.send(.GET, "/identity/v3/users/\(userID)/projects", token: token)
            #expect(try own.json()["projects"]?.array?.count == 3)
            let collaborator = try await simulator.token(username: "demo-collaborator", password: "collaborator-password")
            #expect(try await simulator.send(.GET, "/identity/v3/users/\(userID)/projects", token: collaborator).status == 403)
        }
    }
}
