import OpenStackAPI
import Testing

/// One instance through its whole life, each step polled until the cloud reports the state the
/// API reference promises.
@Suite("Instance lifecycle", .tags(.contract))
struct InstanceLifecycleContractTests {
    @Test(
        "create, stop, start, reboot, shelve, unshelve, resize, confirm, snapshot, lock, unlock, delete",
        arguments: Backend.available)
    func lifecycle(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, cleanup in
            let compute = cloud.compute
            let choice = try await cloud.bootChoice()
            let booted = try await cloud.bootServer("lifecycle", choice, cleanup: cleanup)
            let id = booted.id
            #expect(booted.name == cloud.names.name("lifecycle"))
            #expect(booted.image?.id == choice.image.id)
            #expect(booted.flavor?.originalName == choice.flavor.name)
            #expect(booted.tenantID == cloud.projectID)
            #expect(booted.powerState == 1)
            #expect(booted.locked == false)
            if let network = choice.network {
                #expect(booted.addresses?[network.name ?? ""]?.isEmpty == false, "an address on \(network.name ?? "")")
            }

            try await compute.performServerAction(.stop, id: id)
            let stopped = try await cloud.waitForServer(id, [.shutoff])
            #expect(stopped.powerState == 4)
            try await compute.performServerAction(.start, id: id)
            try await cloud.waitForServer(id, [.active])
            try await compute.performServerAction(.reboot(.soft), id: id)
            try await cloud.waitForServer(id, [.active])

            try await compute.performServerAction(.shelve, id: id)
            var shelved = try await cloud.waitForServer(id, [.shelvedOffloaded, .shelved])
            if shelved.status == .shelved {
                // With Nova's default `shelved_offload_time` of 0 a server never rests in SHELVED; with a
                // positive one it may start offloading at any moment, and unshelve must wait for that.
                try await Task.sleep(for: backend.isReal ? .seconds(3) : .milliseconds(50))
                let again = try await compute.showServer(id: id)
                if again.status != .shelved || again.taskState != nil {
                    cloud.note("rested in SHELVED, then offloaded (task \(again.taskState ?? "none"))")
                    shelved = try await cloud.waitForServer(id, [.shelvedOffloaded])
                }
            }
            cloud.note("shelve ended in \(shelved.status?.rawValue ?? "?")")
            try await compute.performServerAction(.unshelve(availabilityZone: nil), id: id)
            try await cloud.waitForServer(id, [.active])

            try await compute.performServerAction(.resize(flavorRef: choice.largerFlavor.id), id: id)
            let resized = try await cloud.waitForServer(id, [.verifyResize])
            #expect(resized.flavor?.originalName == choice.largerFlavor.name)
            try await compute.performServerAction(.confirmResize, id: id)
            let confirmed = try await cloud.waitForServer(id, [.active])
            #expect(confirmed.flavor?.originalName == choice.largerFlavor.name)
            #expect(confirmed.flavor?.ram == choice.largerFlavor.ram)

            let imageID = try await compute.createServerImage(id: id, name: cloud.names.name("snapshot"))
            await cleanup.add("image \(imageID)") { try await cloud.deleteImageIfPresent(imageID) }
            // Only the image's existence is asserted: Nova's fake driver uploads no data, so on the
            // sandbox the snapshot stays `queued` for ever.
            let snapshot = try await cloud.images.showImage(id: imageID)
            #expect(snapshot.name == cloud.names.name("snapshot"))
            #expect([.queued, .saving, .active].contains(snapshot.status))
            cloud.note("snapshot \(imageID) is \(snapshot.status?.rawValue ?? "?")")
            try await cloud.waitForServer(id, [.active])

            try await compute.performServerAction(.lock(reason: nil), id: id)
            #expect(try await compute.showServer(id: id).locked == true)
            let refusal = await cloud.expectCloudError(409, "stop a locked server") {
                try await compute.performServerAction(.stop, id: id)
            }
            #expect(refusal?.cloudMessage?.contains("locked") == true)
            try await compute.performServerAction(.unlock, id: id)
            #expect(try await compute.showServer(id: id).locked == false)

            try await compute.deleteServer(id: id)
            try await cloud.waitForServerGone(id)
            await cloud.expectCloudError(404, "show a deleted server") { try await compute.showServer(id: id) }
        }
    }
}
