import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Paging through 2,500 servers in one project (Compute API ref, "List Servers": `limit`, `marker`,
/// `servers_links`; `osapi_max_limit` is 1000).
@Suite struct ComputePaginationTests {
    @Test func walksAllServersWithNextLinks() async throws {
        try await SimulatorHarness.with(SimulatorHarness.fastOptions(projects: 1, servers: 2500)) { simulator in
            let token = try await simulator.token()
            // The short form pages exactly like the detailed one and keeps this test quick.
            var path = "/compute/v2.1/servers"
            var seen: [String] = []
            var pages = 0
            while true {
                let reply = try await simulator.send(.GET, path, token: token)
                #expect(reply.status == 200)
                let json = try reply.json()
                let ids = json["servers"]?.array?.compactMap { $0["id"]?.string } ?? []
                seen += ids
                pages += 1
                guard let next = json["servers_links"]?[0]?["href"]?.string, json["servers_links"]?[0]?["rel"]?.string == "next" else { break }
                #expect(ids.count == 1000)
                path = String(next.dropFirst(simulator.endpoint.baseURL.count))
                #expect(pages < 10)
            }
            #expect(seen.count == 2500)
            #expect(Set(seen).count == 2500)
            // The last page, of 500, has no next link: 3 pages in all.
            #expect(pages == 3)
            let detail = try await simulator.send(.GET, "/compute/v2.1/servers/detail?limit=1000", token: token).json()
            #expect(detail["servers"]?.array?.count == 1000)
            #expect(detail["servers_links"]?[0]?["href"]?.string?.contains("/servers/detail?limit=1000&marker=") == true)
        }
    }

    @Test func smallPagesKeepTheirLimitAndUnknownMarkerIs400() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let first = try await simulator.send(.GET, "/compute/v2.1/servers?limit=5", token: token)
            let json = try first.json()
            #expect(json["servers"]?.array?.count == 5)
            let next = try #require(json["servers_links"]?[0]?["href"]?.string)
            #expect(next.contains("limit=5"))
            #expect(next.contains("marker=" + (json["servers"]?[4]?["id"]?.string ?? "?")))
            let bad = try await simulator.send(.GET, "/compute/v2.1/servers?marker=nope", token: token)
            #expect(bad.status == 400)
            let negative = try await simulator.send(.GET, "/compute/v2.1/servers?limit=-1", token: token)
            #expect(negative.status == 400)
        }
    }
}
