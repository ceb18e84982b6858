import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Flavors, keypairs, limits and volume attachments (Compute API ref).
@Suite struct ComputeResourceTests {
    @Test func gpuFlavorShowsExtraSpecsFrom261() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let list = try await simulator.send(.GET, "/compute/v2.1/flavors/detail", token: token, headers: [("OpenStack-API-Version", "compute 2.61")])
            let flavors = try list.json()["flavors"]?.array ?? []
            #expect(flavors.count >= 6)
            let gpu = try #require(flavors.first { $0["name"]?.string == "g3.medium" })
            #expect(ShapeMatcher.mismatches(expected: try ShapeMatcher.fixture("nova-flavor-2.61"), actual: .object(["flavor": gpu])) == [])
            #expect(gpu["extra_specs"]?["resources:VGPU"]?.string == "1")
            let old = try await simulator.send(.GET, "/compute/v2.1/flavors/8", token: token)
            #expect(try old.json()["flavor"]?["extra_specs"] == nil)
            #expect(try old.json()["flavor"]?["swap"]?.string == "")
            let newest = try await simulator.send(.GET, "/compute/v2.1/flavors/8", token: token, headers: [("OpenStack-API-Version", "compute 2.75")])
            #expect(try newest.json()["flavor"]?["swap"]?.int == 0)
            #expect(try newest.json()["flavor"]?["rxtx_factor"]?.number == 1)
            let specs = try await simulator.send(.GET, "/compute/v2.1/flavors/8/os-extra_specs", token: token)
            #expect(try specs.json()["extra_specs"]?["trait:CUSTOM_NVIDIA_A100_20C"]?.string == "required")
        }
    }

    // Compute API ref, "Import (or create) Keypair": 201 from 2.2, 200 before; delete 204 / 202.
    @Test(arguments: [("2.1", 200, 202), ("2.2", 201, 204)])
    func keypairImportShowAndDelete(version: String, createStatus: Int, deleteStatus: Int) async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let headers = [("OpenStack-API-Version", "compute \(version)")]
            // A well-formed ed25519 key: "ssh-ed25519" and 32 zero bytes, length-prefixed.
            let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA test@laptop"
            let created = try await simulator.send(.POST, "/compute/v2.1/os-keypairs", token: token, headers: headers,
                json: #"{"keypair": {"name": "imported", "public_key": "\#(key)"}}"#)
            #expect(created.status == createStatus)
            let fingerprint = try #require(try created.json()["keypair"]?["fingerprint"]?.string)
            #expect(fingerprint.split(separator: ":").count == 16)
            let shown = try await simulator.send(.GET, "/compute/v2.1/os-keypairs/imported", token: token, headers: [("OpenStack-API-Version", "compute 2.2")])
            #expect(ShapeMatcher.mismatches(expected: try ShapeMatcher.fixture("nova-keypair-2.2"), actual: try shown.json()) == [])
            #expect(Formats.isMicroseconds(try shown.json()["keypair"]?["created_at"]?.string ?? ""))
            let duplicate = try await simulator.send(.POST, "/compute/v2.1/os-keypairs", token: token, headers: headers,
                json: #"{"keypair": {"name": "imported", "public_key": "\#(key)"}}"#)
            #expect(duplicate.status == 409)
            #expect(try await simulator.send(.DELETE, "/compute/v2.1/os-keypairs/imported", token: token, headers: headers).status == deleteStatus)
            #expect(try await simulator.send(.GET, "/compute/v2.1/os-keypairs/imported", token: token).status == 404)
        }
    }

    // Identical keys have identical fingerprints; the seed's keys are listed for their owner only.
    @Test func keypairsBelongToTheirUser() async throws {
        try await SimulatorHarness.with { simulator in
            let demo = try await simulator.token()
            let names = try await simulator.send(.GET, "/compute/v2.1/os-keypairs", token: demo).json()["keypairs"]?.array?
                .compactMap { $0["keypair"]?["name"]?.string }
            #expect(names == ["demo-laptop", "demo-workstation"])
            let generated = try await simulator.send(.POST, "/compute/v2.1/os-keypairs", token: demo,
                headers: [("OpenStack-API-Version", "compute 2.92")], json: #"{"keypair": {"name": "generated"}}"#)
            #expect(generated.status == 400)
        }
    }

    @Test func limitsReportQuotaAndUsageByMicroversion() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let old = try await simulator.send(.GET, "/compute/v2.1/limits", token: token)
            #expect(ShapeMatcher.mismatches(expected: try ShapeMatcher.fixture("nova-limits-2.1"), actual: try old.json()) == [])
            let absolute = try old.json()["limits"]?["absolute"]
            #expect((absolute?["totalInstancesUsed"]?.int ?? 0) >= 10)
            #expect((absolute?["maxTotalInstances"]?.int ?? 0) > (absolute?["totalInstancesUsed"]?.int ?? 0))
            let new = try await simulator.send(.GET, "/compute/v2.1/limits", token: token, headers: [("OpenStack-API-Version", "compute 2.57")])
            let keys = try new.json()["limits"]?["absolute"]?.keys ?? []
            #expect(!keys.contains("maxPersonality"))
            #expect(!keys.contains("maxTotalFloatingIps"))
            #expect(keys.contains("maxTotalRAMSize"))
        }
    }

    // Compute API ref, "Attach a volume to an instance": the volume goes attaching → in-use.
    @Test func attachAndDetachVolume() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let server = try await simulator.serverID(token: token, status: "ACTIVE")
            let projectID = try await simulator.projectID(token: token)
            let volumes = try await simulator.send(.GET, "/volume/v3/\(projectID)/volumes/detail?status=available", token: token)
            let volume = try #require(try volumes.json()["volumes"]?[0]?["id"]?.string)
            // Nova keeps `id` in the attach answer at 2.90 (it leaves only list and show at 2.89).
            let attach = try await simulator.send(.POST, "/compute/v2.1/servers/\(server)/os-volume_attachments", token: token,
                headers: [("OpenStack-API-Version", "compute 2.90")], json: #"{"volumeAttachment": {"volumeId": "\#(volume)"}}"#)
            #expect(attach.status == 200)
            #expect(try attach.json()["volumeAttachment"]?["id"]?.string == volume)
            #expect(try attach.json()["volumeAttachment"]?["device"]?.string?.hasPrefix("/dev/vd") == true)
            let attaching = try await simulator.send(.GET, "/volume/v3/\(projectID)/volumes/\(volume)", token: token)
            #expect(try attaching.json()["volume"]?["status"]?.string == "attaching")
            await simulator.advance(3)
            let inUse = try await simulator.send(.GET, "/volume/v3/\(projectID)/volumes/\(volume)", token: token).json()["volume"]
            #expect(inUse?["status"]?.string == "in-use")
            #expect(inUse?["attachments"]?[0]?["server_id"]?.string == server)
            let again = try await simulator.send(.POST, "/compute/v2.1/servers/\(server)/os-volume_attachments", token: token,
                json: #"{"volumeAttachment": {"volumeId": "\#(volume)"}}"#)
            #expect(again.status == 400)
            let shown = try await simulator.send(.GET, "/compute/v2.1/servers/\(server)", token: token)
            #expect(try shown.json()["server"]?["os-extended-volumes:volumes_attached"]?.array?.contains { $0["id"]?.string == volume } == true)
            #expect(try await simulator.send(.DELETE, "/compute/v2.1/servers/\(server)/os-volume_attachments/\(volume)", token: token).status == 202)
            await simulator.advance(3)
            let detached = try await simulator.send(.GET, "/volume/v3/\(projectID)/volumes/\(volume)", token: token)
            #expect(try detached.json()["volume"]?["status"]?.string == "available")
        }
    }
}
