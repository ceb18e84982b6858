import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Rebuild, revert of a resize, boot from volume and quota (Compute API ref).
@Suite struct ServerRebuildResizeTests {
    private func act(_ simulator: SimulatorHarness, _ id: String, token: String, _ body: String) async throws -> Reply {
        try await simulator.send(.POST, "/compute/v2.1/servers/\(id)/action", token: token, json: body)
    }

    // Compute API ref, "Rebuild Server (rebuild Action)": 202 with the server, REBUILD, then ACTIVE.
    @Test func rebuildTakesTheNewImage() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let id = try await simulator.serverID(token: token, status: "ACTIVE")
            let images = try await simulator.send(.GET, "/image/v2/images?name=Featured-Debian12", token: token)
            let image = try #require(try images.json()["images"]?[0]?["id"]?.string)
            let reply = try await act(simulator, id, token: token, #"{"rebuild": {"imageRef": "\#(image)", "name": "rebuilt"}}"#)
            #expect(reply.status == 202)
            let server = try reply.json()["server"]
            #expect(server?["status"]?.string == "REBUILD")
            #expect(server?["image"]?["id"]?.string == image)
            #expect(server?["name"]?.string == "rebuilt")
            #expect(server?["adminPass"]?.string != nil)
            await simulator.advance(25)
            #expect(try await simulator.status(of: id, token: token) == "ACTIVE")
            let missing = try await act(simulator, id, token: token, #"{"rebuild": {}}"#)
            #expect(missing.status == 400)
        }
    }

    // Compute API ref, "Revert Resized Server (revertResize Action)": REVERT_RESIZE, then the old flavor.
    @Test func revertResizeRestoresTheFlavor() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let id = try await simulator.serverID(token: token, status: "SHUTOFF")
            let version = [("OpenStack-API-Version", "compute 2.79")]
            let before = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token, headers: version)
            let oldFlavor = try #require(try before.json()["server"]?["flavor"]?["original_name"]?.string)
            #expect(try await act(simulator, id, token: token, #"{"resize": {"flavorRef": "\#(oldFlavor == "m3.xl" ? "5" : "6")"}}"#).status == 202)
            await simulator.advance(13)
            #expect(try await simulator.status(of: id, token: token) == "VERIFY_RESIZE")
            #expect(try await act(simulator, id, token: token, #"{"revertResize": null}"#).status == 202)
            #expect(try await simulator.status(of: id, token: token) == "REVERT_RESIZE")
            await simulator.advance(6)
            let after = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token, headers: version).json()["server"]
            #expect(after?["status"]?.string == "SHUTOFF")
            #expect(after?["flavor"]?["original_name"]?.string == oldFlavor)
        }
    }

    @Test func bootFromVolumeShowsEmptyImageAndAttachedRoot() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let images = try await simulator.send(.GET, "/image/v2/images?name=Featured-RockyLinux9", token: token)
            let image = try #require(try images.json()["images"]?[0]?["id"]?.string)
            let body = #"{"server": {"name": "bfv", "flavorRef": "3", "networks": "auto", "block_device_mapping_v2": [{"boot_index": 0, "uuid": "\#(image)", "source_type": "image", "destination_type": "volume", "volume_size": 40}]}}"#
            let created = try await simulator.send(.POST, "/compute/v2.1/servers", token: token, headers: [("OpenStack-API-Version", "compute 2.79")], json: body)
            #expect(created.status == 202)
            let id = try #require(try created.json()["server"]?["id"]?.string)
            await simulator.advance(31)
            let server = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token).json()["server"]
            #expect(server?["image"]?.string == "")
            #expect(server?["status"]?.string == "ACTIVE")
            let volumeID = try #require(server?["os-extended-volumes:volumes_attached"]?[0]?["id"]?.string)
            let projectID = try await simulator.projectID(token: token)
            let volume = try await simulator.send(.GET, "/volume/v3/\(projectID)/volumes/\(volumeID)", token: token).json()["volume"]
            #expect(volume?["bootable"]?.string == "true")
            #expect(volume?["status"]?.string == "in-use")
            #expect(volume?["attachments"]?[0]?["device"]?.string == "/dev/vda")
        }
    }

    @Test func overQuotaCreateIs403() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let body = #"{"server": {"name": "many", "imageRef": "x", "flavorRef": "1", "networks": "none", "max_count": 100000}}"#
            let images = try await simulator.send(.GET, "/image/v2/images?limit=1", token: token)
            let image = try #require(try images.json()["images"]?[0]?["id"]?.string)
            let reply = try await simulator.send(.POST, "/compute/v2.1/servers", token: token,
                json: body.replacingOccurrences(of: #""imageRef": "x""#, with: #""imageRef": "\#(image)""#))
            #expect(reply.status == 403)
            #expect(try reply.json()["forbidden"]?["message"]?.string?.hasPrefix("Quota exceeded for instances") == true)
        }
    }
}
