import Foundation
import OpenStackAPI
import Testing

@testable import ExosphereCore

/// Volumes: create, attach (with the device path), detach, extend, delete.
@Suite("Volumes against the simulator")
struct VolumeResourceTests {
    @Test("a volume's whole life: create, attach at a device, grow while attached, detach, delete")
    func lifecycle() async throws {
        try await ActionTestbed.with(servers: 10) { testbed in
            let session = testbed.session
            let instance = try await testbed.instance(in: "ACTIVE")
            let created = try await session.volumes.create(name: "scratch", sizeGiB: 3, in: testbed.project, wait: ActionTestbed.fastWait)
            #expect(created.status == "available")
            #expect(created.sizeGiB == 3)
            let device = try await session.volumes.attach(created, to: instance, wait: ActionTestbed.fastWait)
            let attached = try await session.volumes.find("scratch", in: testbed.project)
            #expect(attached.status == "in-use")
            #expect(attached.attachments == [VolumePlacement(instanceID: instance.id, instanceName: instance.name, device: device)])
            #expect(device?.hasPrefix("/dev/vd") == true)
            let grown = try await session.volumes.extend(attached, toGiB: 5, wait: ActionTestbed.fastWait)
            #expect(grown.sizeGiB == 5)
            #expect(grown.status == "in-use")
            await #expect(throws: CoreError.resource(.volumeAttached(volume: "scratch", instance: instance.name))) {
                try await session.volumes.delete(attached)
            }
            try await session.volumes.detach(attached, from: instance, wait: ActionTestbed.fastWait)
            let detached = try await session.volumes.find(created.id, in: testbed.project)
            #expect(detached.status == "available" && detached.attachments.isEmpty)
            try await session.volumes.delete(detached)
            try await Task.sleep(for: .milliseconds(100))
            #expect(try await session.volumes.list(in: testbed.project).contains { $0.id == created.id } == false)
        }
    }

    @Test("shrinking is refused before asking the cloud; a missing volume is named")
    func refusals() async throws {
        try await ActionTestbed.with(servers: 2) { testbed in
            let volume = try await testbed.session.volumes.create(name: "v", sizeGiB: 4, in: testbed.project, wait: ActionTestbed.fastWait)
            await #expect(throws: CoreError.resource(.sizeNotLarger(volume: "v", current: 4, requested: 4))) {
                try await testbed.session.volumes.extend(volume, toGiB: 4)
            }
            await #expect(throws: CoreError.resource(.notFound(kind: "volume", "nope"))) {
                try await testbed.session.volumes.find("nope", in: testbed.project)
            }
        }
    }
}
