import Foundation
import Localization
@testable import OpenStackAPI
import Secrets
import Testing
@testable import OutboundHTTP

struct BlockStorageTests {
    static let root = "/volume/v3/a6944d763bf64ee6a275f1263fae0352"

    @Test("volumes are listed from /volumes/detail with the volume microversion header")
    func list() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, Self.root + "/volumes/detail", fixture: "block-storage/volumes-detail.json")
        let volumes = try await environment.blockStorage().listVolumes(VolumeListQuery(status: "in-use", limit: 10))
        #expect(volumes.map(\.name) == ["data", "boot"])
        #expect(volumes.map(\.bootable) == [false, true])
        #expect(volumes.first?.attachments.first?.serverID == "f4fda93b-06e0-4743-8117-bc8bcecd651b")
        #expect(volumes.first?.projectID == "bab7d5c60cd041a0a36f7c4b6e1dd978")
        let request = try #require(environment.transport.requests.first)
        #expect(request.header("OpenStack-API-Version") == "volume 3.70")
        #expect(request.query == ["status": "in-use", "limit": "10"])
    }

    @Test("a volume is created, shown and deleted")
    func lifecycle() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.post, Self.root + "/volumes", status: 202, fixture: "block-storage/volume.json")
        try environment.transport.on(.get, Self.root + "/volumes/6edb", fixture: "block-storage/volume.json")
        try environment.transport.on(.delete, Self.root + "/volumes/6edb", status: 202)
        let volumes = try environment.blockStorage()

        let created = try await volumes.createVolume(
            VolumeCreateRequest(
                size: 2, name: "test-volume-attachments", description: "a volume", volumeType: "lvmdriver-1"))
        #expect(created.status == "creating")
        let body = try #require(try environment.transport.requests.first?.jsonBody())
        #expect(
            body
                == .object([
                    "volume": .object([
                        "size": .number(2), "name": .string("test-volume-attachments"),
                        "description": .string("a volume"),
                        "volume_type": .string("lvmdriver-1"),
                    ])
                ]))
        #expect(try await volumes.showVolume(id: "6edb").size == 2)
        try await volumes.deleteVolume(id: "6edb")
        #expect(environment.transport.requests.map(\.method) == [.post, .get, .delete])
    }

    @Test("attachments need 3.27 and are listed in summary form")
    func attachments() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, Self.root + "/attachments", fixture: "block-storage/attachments.json")
        let attachments = try await environment.blockStorage().listAttachments()
        #expect(attachments.map(\.instance) == ["31c79baf-b59e-469c-979f-1df4ecb6eea7"])
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.blockStorage("3.26").listAttachments()
        }
        #expect(error?.message.sourceText.contains("3.27") == true)
    }

    @Test("limits are read")
    func limits() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, Self.root + "/limits", fixture: "block-storage/limits.json")
        let limits = try await environment.blockStorage().showLimits()
        #expect(limits.maxTotalVolumeGigabytes == 1000)
        #expect(limits.totalGigabytesUsed == 30)
    }
}
