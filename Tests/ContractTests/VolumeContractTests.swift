import OpenStackAPI
import Testing

/// A volume from creation to deletion, attached to a server and detached on the way.
@Suite("Volumes", .tags(.contract))
struct VolumeContractTests {
    @Test("create, attach, detach, delete", arguments: Backend.available)
    func volume(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, cleanup in
            let choice = try await cloud.bootChoice()
            let server = try await cloud.bootServer("volume-host", choice, cleanup: cleanup)
            let volume = try await cloud.createVolume("volume", cleanup: cleanup)
            #expect(volume.size == 1 && volume.name == cloud.names.name("volume") && volume.attachments.isEmpty)
            #expect(try await cloud.volumes.listVolumes(VolumeListQuery(name: volume.name)).map(\.id) == [volume.id])

            let attachment = try await cloud.compute.attachVolume(
                serverID: server.id, VolumeAttachRequest(volumeID: volume.id))
            #expect(attachment.volumeID == volume.id && attachment.serverID == server.id)
            let inUse = try await cloud.waitForVolume(volume.id, "in-use")
            #expect(inUse.attachments.map(\.serverID) == [server.id])
            let listed = try await cloud.compute.listVolumeAttachments(serverID: server.id)
            #expect(listed.map(\.volumeID) == [volume.id])
            let attachedToServer = try await cloud.compute.showServer(id: server.id).volumesAttached ?? []
            #expect(attachedToServer.map(\.id) == [volume.id])

            try await cloud.compute.detachVolume(serverID: server.id, volumeID: volume.id)
            let detached = try await cloud.waitForVolume(volume.id, "available")
            #expect(detached.attachments.isEmpty)
            #expect(try await cloud.compute.listVolumeAttachments(serverID: server.id).isEmpty)

            try await cloud.volumes.deleteVolume(id: volume.id)
            try await cloud.waitForVolumeGone(volume.id)
            await cloud.expectCloudError(404, "show a deleted volume") {
                try await cloud.volumes.showVolume(id: volume.id)
            }
        }
    }
}
