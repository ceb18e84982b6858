import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Cinder's `os-extend` volume action (Block Storage API ref, "Extend a volume size").
@Suite struct VolumeExtendTests {
    @Test func extendGoesExtendingThenBackWithTheNewSize() async throws {
        // Simulated time stands all but still and moves only when the test advances it, so the
        // two-second `extending` state is seen however slow the machine is.
        try await SimulatorHarness.with(SimulatorOptions(projects: 1, servers: 2, speed: 0.000_001)) { simulator in
            let token = try await simulator.token()
            let projectID = try await simulator.projectID(token: token)
            let base = "/volume/v3/\(projectID)/volumes"
            let created = try await simulator.send(.POST, base, token: token, json: #"{"volume": {"size": 2, "name": "grow"}}"#)
            let id = try #require(try created.json()["volume"]?["id"]?.string)
            let early = try await simulator.send(.POST, "\(base)/\(id)/action", token: token, json: #"{"os-extend": {"new_size": 4}}"#)
            #expect(early.status == 400)
            #expect(try early.json()["badRequest"]?["message"]?.string?.contains("current status is: creating") == true)
            await simulator.advance(5)
            let extended = try await simulator.send(.POST, "\(base)/\(id)/action", token: token, json: #"{"os-extend": {"new_size": 4}}"#)
            #expect(extended.status == 202)
            let during = try await simulator.send(.GET, "\(base)/\(id)", token: token)
            #expect(try during.json()["volume"]?["status"]?.string == "extending")
            await simulator.advance(3)
            let after = try await simulator.send(.GET, "\(base)/\(id)", token: token)
            #expect(try after.json()["volume"]?["status"]?.string == "available")
            #expect(try after.json()["volume"]?["size"]?.int == 4)
            let smaller = try await simulator.send(.POST, "\(base)/\(id)/action", token: token, json: #"{"os-extend": {"new_size": 3}}"#)
            #expect(smaller.status == 400)
            #expect(try smaller.json()["badRequest"]?["message"]?.string?.contains("must be greater than current size") == true)
            let unknown = try await simulator.send(.POST, "\(base)/\(id)/action", token: token, json: #"{"os-frobnicate": {}}"#)
            #expect(unknown.status == 400)
        }
    }

    @Test func attachedVolumesExtendOnlyFromMicroversion342() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let projectID = try await simulator.projectID(token: token)
            let base = "/volume/v3/\(projectID)/volumes"
            let listed = try await simulator.send(.GET, "\(base)/detail?status=in-use", token: token)
            let volume = try #require(try listed.json()["volumes"]?[0])
            let id = try #require(volume["id"]?.string)
            let size = try #require(volume["size"]?.int)
            let body = #"{"os-extend": {"new_size": \#(size + 1)}}"#
            let old = try await simulator.send(.POST, "\(base)/\(id)/action", token: token, json: body)
            #expect(old.status == 400)
            let new = try await simulator.send(
                .POST, "\(base)/\(id)/action", token: token, headers: [("OpenStack-API-Version", "volume 3.42")], json: body)
            #expect(new.status == 202)
        }
    }
}
