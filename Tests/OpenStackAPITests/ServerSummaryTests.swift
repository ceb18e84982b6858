import Foundation
@testable import OpenStackAPI
import Testing

struct ServerSummaryTests {
    private struct Page<Item: Decodable>: Decodable { let servers: [Item] }

    private func decode<Item: Decodable>(_ type: Item.Type, _ data: Data) throws -> [Item] {
        try JSONCoding.decoder().decode(Page<Item>.self, from: data).servers
    }

    /// The full model's addresses as a summary holds them: without MAC addresses.
    private func withoutMACs(_ addresses: [String: [ServerAddress]]?) -> [String: [ServerAddress]]? {
        addresses?.mapValues { $0.map { ServerAddress(address: $0.address, version: $0.version, type: $0.type, macAddress: nil) } }
    }

    @Test(
        "a summary holds the same listing fields as the full server decoded from the same body",
        arguments: ["compute/servers-detail.json", "compute/servers-detail-v2.1.json"])
    func matchesFullServer(fixture: String) throws {
        let data = try Fixtures.data(fixture)
        let servers = try decode(Server.self, data)
        let summaries = try decode(ServerSummary.self, data)
        #expect(!servers.isEmpty)
        #expect(summaries.count == servers.count)
        for (summary, server) in zip(summaries, servers) {
            #expect(summary.id == server.id)
            #expect(summary.name == server.name)
            #expect(summary.status == server.status)
            #expect(summary.tenantID == server.tenantID)
            #expect(summary.taskState == server.taskState)
            #expect(summary.vmState == server.vmState)
            #expect(summary.flavorName == (server.flavor?.originalName ?? server.flavor?.id))
            #expect(summary.imageID == server.image?.id)
            #expect(summary.addresses == withoutMACs(server.addresses))
            #expect(summary.keyName == server.keyName)
            #expect(summary.created == server.created)
            #expect(summary.updated == server.updated)
            #expect(summary.locked == server.locked)
        }
    }

    @Test("a server booted from a volume (image \"\"), a null flavor and missing optional keys decode to nil")
    func sparseServer() throws {
        let body = #"{"servers": [{"id": "a", "image": "", "flavor": null, "status": "BUILD"}, {"id": "b"}]}"#
        let summaries = try decode(ServerSummary.self, Data(body.utf8))
        #expect(summaries.map(\.id) == ["a", "b"])
        #expect(summaries.allSatisfy { $0.imageID == nil && $0.flavorName == nil && $0.addresses == nil })
        #expect(summaries.first?.status == .build)
    }

    @Test("timestamps in each service's forms are read as the full model reads them; a malformed one is a decoding error")
    func timestamps() throws {
        let body = #"{"servers": [{"id": "a", "created": "2013-09-03T04:01:32Z", "updated": "2013-09-23T13:53:12.774549"}]}"#
        let summary = try #require(try decode(ServerSummary.self, Data(body.utf8)).first)
        #expect(summary.created == Date(timeIntervalSince1970: 1_378_180_892))
        #expect(summary.updated.map { abs($0.timeIntervalSince1970 - 1_379_944_392.774549) < 0.001 } == true)
        #expect(throws: DecodingError.self) {
            try decode(ServerSummary.self, Data(#"{"servers": [{"id": "a", "created": "yesterday"}]}"#.utf8))
        }
    }

    @Test("addresses read network by network as the full model reads them; null is nil, a malformed entry is a decoding error")
    func addresses() throws {
        let body = #"""
            {"servers": [
              {"id": "a", "addresses": {
                "private": [
                  {"addr": "10.0.0.5", "version": 4, "OS-EXT-IPS:type": "fixed", "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:00:00:01"},
                  {"addr": "172.24.4.9", "version": 4, "OS-EXT-IPS:type": "floating", "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:00:00:01"}],
                "ipv6-net": [{"addr": "fd00::5", "version": 6}],
                "empty-net": []}},
              {"id": "b", "addresses": null},
              {"id": "c", "addresses": {}}
            ]}
            """#
        let data = Data(body.utf8)
        let summaries = try decode(ServerSummary.self, data)
        let servers = try decode(Server.self, data)
        #expect(summaries.map(\.addresses) == servers.map { withoutMACs($0.addresses) })
        #expect(servers.first?.addresses?["private"]?.first?.macAddress == "fa:16:3e:00:00:01")
        let first = try #require(summaries.first?.addresses)
        #expect(first["private"]?.map(\.type) == ["fixed", "floating"])
        #expect(first["private"]?.allSatisfy { $0.macAddress == nil } == true)
        #expect(first["ipv6-net"]?.first == ServerAddress(address: "fd00::5", version: 6, type: nil, macAddress: nil))
        #expect(first["empty-net"] == [])
        #expect(summaries[1].addresses == nil)
        #expect(summaries[2].addresses == [:])
        for malformed in [#"{"id": "x", "addresses": [{"addr": "10.0.0.5"}]}"#, #"{"id": "x", "addresses": {"n": [{"version": 4}]}}"#] {
            #expect(throws: DecodingError.self) { try decode(ServerSummary.self, Data("{\"servers\": [\(malformed)]}".utf8)) }
        }
    }

    @Test("a server without an id, or with a status that is not text, is a decoding error, not a crash")
    func missingID() {
        #expect(throws: DecodingError.self) {
            try decode(ServerSummary.self, Data(#"{"servers": [{"name": "x"}]}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try decode(ServerSummary.self, Data(#"{"servers": [{"id": "x", "status": 5}]}"#.utf8))
        }
    }
}
