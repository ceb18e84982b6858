import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Cinder v3 (Block Storage API ref).
@Suite struct VolumeTests {
    @Test func volumeDetailShapeAndMicroversionHeaders() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let projectID = try await simulator.projectID(token: token)
            let reply = try await simulator.send(.GET, "/volume/v3/\(projectID)/volumes/detail?status=available", token: token,
                headers: [("OpenStack-API-Version", "volume 3.70")])
            #expect(reply.status == 200)
            #expect(reply.header("OpenStack-API-Version") == "volume 3.70")
            #expect(reply.header("Vary") == "OpenStack-API-Version")
            let volume = try #require(try reply.json()["volumes"]?[0])
            #expect(ShapeMatcher.mismatches(expected: try ShapeMatcher.fixture("cinder-volume-3.70"), actual: .object(["volume": volume])) == [])
            #expect(Formats.isMicroseconds(volume["created_at"]?.string ?? ""))
            let plain = try await simulator.send(.GET, "/volume/v3/\(projectID)/volumes", token: token)
            #expect(plain.header("OpenStack-API-Version") == "volume 3.0")
            let tooNew = try await simulator.send(.GET, "/volume/v3/\(projectID)/volumes", token: token, headers: [("OpenStack-API-Version", "volume 3.99")])
            #expect(tooNew.status == 406)
        }
    }

    @Test func createBecomesAvailableThenDeletes() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let projectID = try await simulator.projectID(token: token)
            let created = try await simulator.send(.POST, "/volume/v3/\(projectID)/volumes", token: token,
                json: #"{"volume": {"size": 10, "name": "scratch"}}"#)
            #expect(created.status == 202)
            #expect(try created.json()["volume"]?["status"]?.string == "creating")
            let id = try #require(try created.json()["volume"]?["id"]?.string)
            await simulator.advance(5)
            let shown = try await simulator.send(.GET, "/volume/v3/\(projectID)/volumes/\(id)", token: token)
            #expect(try shown.json()["volume"]?["status"]?.string == "available")
            #expect(try await simulator.send(.DELETE, "/volume/v3/\(projectID)/volumes/\(id)", token: token).status == 202)
            await simulator.advance(4)
            let gone = try await simulator.send(.GET, "/volume/v3/\(projectID)/volumes/\(id)", token: token)
            #expect(gone.status == 404)
            #expect(try gone.json()["itemNotFound"]?["message"]?.string == "Volume \(id) could not be found.")
            let invalid = try await simulator.send(.POST, "/volume/v3/\(projectID)/volumes", token: token, json: #"{"volume": {"size": 0}}"#)
            #expect(invalid.status == 400)
        }
    }

    @Test func inUseVolumeCannotBeDeletedAndOtherProjectUrlIsMalformed() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let projectID = try await simulator.projectID(token: token)
            let inUse = try await simulator.send(.GET, "/volume/v3/\(projectID)/volumes/detail?status=in-use", token: token)
            if let id = try inUse.json()["volumes"]?[0]?["id"]?.string {
                let refused = try await simulator.send(.DELETE, "/volume/v3/\(projectID)/volumes/\(id)", token: token)
                #expect(refused.status == 400)
                #expect(try refused.json()["badRequest"]?["message"]?.string?.hasPrefix("Invalid volume") == true)
            }
            let other = try await simulator.send(.GET, "/volume/v3/0000/volumes", token: token)
            #expect(other.status == 400)
            #expect(try other.json()["badRequest"]?["message"]?.string == "Malformed request url")
        }
    }

    // Block Storage API ref, "Attachments": from microversion 3.27.
    @Test func attachmentsApiNeedsMicroversion327() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let projectID = try await simulator.projectID(token: token)
            let old = try await simulator.send(.GET, "/volume/v3/\(projectID)/attachments", token: token)
            #expect(old.status == 404)
            let new = try await simulator.send(.GET, "/volume/v3/\(projectID)/attachments", token: token,
                headers: [("OpenStack-API-Version", "volume 3.27")])
            #expect(new.status == 200)
            let attachments = try new.json()["attachments"]?.array ?? []
            #expect(attachments.allSatisfy { $0["status"]?.string == "attached" && $0["instance"]?.string != nil })
        }
    }

    @Test func limitsAndVersions() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let projectID = try await simulator.projectID(token: token)
            let limits = try await simulator.send(.GET, "/volume/v3/\(projectID)/limits", token: token).json()
            #expect((limits["limits"]?["absolute"]?["totalVolumesUsed"]?.int ?? 0) >= 1)
            #expect(limits["limits"]?["absolute"]?["maxTotalVolumeGigabytes"]?.int != nil)
            let versions = try await simulator.send(.GET, "/volume/")
            #expect(versions.status == 300)
            #expect(try versions.json()["versions"]?[0]?["version"]?.string == "3.70")
        }
    }
}
