import Foundation
import OpenStackAPI
import Testing

@testable import ExosphereCore

/// Deleting an instance with and without its floating IP and the volumes created with it.
@Suite("Deleting instances with their floating IPs and volumes")
struct DeletionTests {
    /// An active instance booted from an image (so no boot volume of its own joins the plan) with a
    /// fresh floating IP and a volume tagged as created for it, attached.
    static func instanceWithExtras(_ testbed: ActionTestbed) async throws -> (Instance, FloatingIPSummary, VolumeSummary) {
        let instance = try #require(
            try await testbed.instances(in: "ACTIVE").first { !$0.addresses.contains(where: \.isFloating) && $0.imageID != nil })
        let allocated = try await testbed.session.floatingIPs.allocate(in: testbed.project)
        let floatingIP = try await testbed.session.floatingIPs.associate(allocated, with: instance)
        let volume = try await testbed.session.volumes.create(
            name: "data-\(instance.name)", sizeGiB: 2, in: testbed.project,
            metadata: [DeletionPlan.createdForKey: instance.id], wait: ActionTestbed.fastWait)
        _ = try await testbed.session.volumes.attach(volume, to: instance, wait: ActionTestbed.fastWait)
        return (instance, floatingIP, volume)
    }

    @Test("the plan lists the instance's floating IP and the volume created for it")
    func plan() async throws {
        try await ActionTestbed.with { testbed in
            let (instance, floatingIP, volume) = try await Self.instanceWithExtras(testbed)
            let plan = try await testbed.session.instances.planDeletion(of: instance)
            #expect(plan.floatingIPs.map(\.id) == [floatingIP.id])
            #expect(plan.volumes.map(\.volume.id) == [volume.id])
            #expect(plan.volumes.first?.reason == .createdForInstance)
        }
    }

    @Test("with both choices the instance, its floating IP and its volume are gone", arguments: [true, false])
    func cascade(choose: Bool) async throws {
        try await ActionTestbed.with { testbed in
            let (instance, floatingIP, volume) = try await Self.instanceWithExtras(testbed)
            let plan = try await testbed.session.instances.planDeletion(of: instance)
            let choices = DeletionChoices(releaseFloatingIPs: choose, deleteVolumes: choose)
            let report = try await testbed.session.instances.delete(plan, choices: choices, wait: ActionTestbed.fastWait)
            #expect(report.confirmedGone)
            #expect(try await testbed.instances().contains { $0.id == instance.id } == false)
            let floatingIPs = try await testbed.session.floatingIPs.list(in: testbed.project)
            let volumes = try await testbed.session.volumes.list(in: testbed.project)
            if choose {
                #expect(report.releasedFloatingIPs == [floatingIP.address])
                #expect(report.deletedVolumes == [volume.name])
                #expect(!floatingIPs.contains { $0.id == floatingIP.id })
                #expect(!volumes.contains { $0.id == volume.id && $0.status != "deleting" })
            } else {
                #expect(report.keptFloatingIPs == [floatingIP.address])
                #expect(report.keptVolumes == [volume.name])
                // Kept, and now flagged as an orphan: allocated but attached to nothing.
                #expect(floatingIPs.first { $0.id == floatingIP.id }?.isOrphan == true)
                #expect(volumes.first { $0.id == volume.id }.map { $0.attachments.isEmpty && $0.status != "deleting" } == true)
            }
        }
    }

    @Test("deleting a locked instance is refused and nothing is removed")
    func lockedIsRefused() async throws {
        try await ActionTestbed.with { testbed in
            let (instance, floatingIP, _) = try await Self.instanceWithExtras(testbed)
            _ = try await testbed.session.instances.perform(.lock, on: instance)
            let plan = try await testbed.session.instances.planDeletion(of: try await testbed.refreshed(instance))
            await #expect(throws: CoreError.action(.refused(.delete, instance: instance.name, .locked))) {
                try await testbed.session.instances.delete(plan, choices: DeletionChoices(releaseFloatingIPs: true, deleteVolumes: true))
            }
            #expect(try await testbed.session.floatingIPs.list(in: testbed.project).contains { $0.id == floatingIP.id })
        }
    }

    @Test("a boot volume Nova keeps is offered with the instance booted from it")
    func bootVolume() async throws {
        try await ActionTestbed.with { testbed in
            let bootedFromVolume = try await testbed.instances().filter { $0.imageID == nil && $0.status == "ACTIVE" }
            let instance = try #require(bootedFromVolume.first, "the seed has instances booted from volumes")
            let plan = try await testbed.session.instances.planDeletion(of: instance)
            let boot = try #require(plan.volumes.first { $0.reason == .bootVolume })
            #expect(boot.volume.bootable)
            #expect(boot.volume.attachments.first?.instanceID == instance.id)
        }
    }
}
