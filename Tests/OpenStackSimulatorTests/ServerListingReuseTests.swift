import NIOHTTP1
import OpenStackSimulator
import Testing

/// Listings reuse each server's JSON while nothing about the server changes; what they answer
/// must stay exactly what a fresh rendering gives ("Show Server Details", which builds it anew),
/// before and after the server changes by request and by the passing of time.
@Suite struct ServerListingReuseTests {
    private static let version = [("OpenStack-API-Version", "compute 2.93")]

    /// Each server of `/servers/detail`, keyed by id.
    private func listed(_ simulator: SimulatorHarness, token: String) async throws -> (text: String, servers: [String: JSONValue]) {
        let reply = try await simulator.send(.GET, "/compute/v2.1/servers/detail", token: token, headers: Self.version)
        #expect(reply.status == 200)
        var servers: [String: JSONValue] = [:]
        for server in try reply.json()["servers"]?.array ?? [] {
            if let id = server["id"]?.string { servers[id] = server }
        }
        return (reply.text, servers)
    }

    /// The server as "Show Server Details" renders it, without the show-only `server_groups`.
    private func shown(_ simulator: SimulatorHarness, _ id: String, token: String) async throws -> JSONValue? {
        let reply = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token, headers: Self.version)
        guard case .object(var members) = try reply.json()["server"] else { return nil }
        members["server_groups"] = nil
        return .object(members)
    }

    private func expectListingMatchesShow(_ simulator: SimulatorHarness, token: String, ids: [String]) async throws {
        let listing = try await listed(simulator, token: token)
        for id in ids {
            let show = try await shown(simulator, id, token: token)
            #expect(listing.servers[id] != nil, "server \(id) is listed")
            #expect(listing.servers[id] == show, "listed JSON of \(id) equals a fresh rendering")
        }
    }

    private func act(_ simulator: SimulatorHarness, _ id: String, token: String, _ body: String) async throws -> Int {
        try await simulator.send(.POST, "/compute/v2.1/servers/\(id)/action", token: token, headers: Self.version, json: body).status
    }

    @Test func unchangedServersListTheSameBytes() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions(projects: 1, servers: 30)) { simulator in
            let token = try await simulator.token()
            let first = try await listed(simulator, token: token)
            let second = try await listed(simulator, token: token)
            #expect(first.servers.count == 30)
            #expect(first.text == second.text)
            try await expectListingMatchesShow(simulator, token: token, ids: Array(first.servers.keys))
        }
    }

    @Test func changesByRequestAndByTimeShowInTheNextListing() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions(projects: 1, servers: 30)) { simulator in
            let token = try await simulator.token()
            let active = try await simulator.serverID(token: token, status: "ACTIVE")
            let ids = Array(try await listed(simulator, token: token).servers.keys)

            // A rename, a stop under way and a lock: each changes the server's JSON.
            let rename = try await simulator.send(
                .PUT, "/compute/v2.1/servers/\(active)", token: token, headers: Self.version,
                json: #"{"server": {"name": "renamed-after-listing"}}"#)
            #expect(rename.status == 200)
            #expect(try await act(simulator, active, token: token, #"{"os-stop": null}"#) == 202)
            #expect(try await act(simulator, active, token: token, #"{"lock": {"locked_reason": "maintenance"}}"#) == 202)
            var listing = try await listed(simulator, token: token)
            #expect(listing.servers[active]?["name"]?.string == "renamed-after-listing")
            #expect(listing.servers[active]?["locked"]?.bool == true)
            #expect(listing.servers[active]?["OS-EXT-STS:task_state"]?.string == "powering-off")
            try await expectListingMatchesShow(simulator, token: token, ids: ids)

            // Time alone finishes the stop: the same request, a different answer.
            await simulator.advance(60)
            listing = try await listed(simulator, token: token)
            #expect(listing.servers[active]?["status"]?.string == "SHUTOFF")
            #expect(listing.servers[active]?["OS-EXT-STS:task_state"] == .null)
            try await expectListingMatchesShow(simulator, token: token, ids: ids)
        }
    }

    @Test func otherMicroversionsGetTheirOwnShape() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions(projects: 1, servers: 10)) { simulator in
            let token = try await simulator.token()
            _ = try await listed(simulator, token: token)
            let old = try await simulator.send(
                .GET, "/compute/v2.1/servers/detail", token: token, headers: [("OpenStack-API-Version", "compute 2.1")])
            let servers = try old.json()["servers"]?.array ?? []
            #expect(servers.count == 10)
            // Before 2.9 there is no `locked`; before 2.47 `flavor` is a reference with links.
            #expect(servers.allSatisfy { $0["locked"] == nil && $0["flavor"]?["links"] != nil })
        }
    }
}
