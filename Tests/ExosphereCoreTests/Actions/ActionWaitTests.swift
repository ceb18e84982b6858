import Foundation
import OpenStackAPI
import OpenStackSimulator
import Synchronization
import Testing

@testable import ExosphereCore

/// Waiting for actions to finish: end states, progress, resize confirm/revert, snapshots, timeouts.
@Suite("Waiting for instance actions against the simulator")
struct ActionWaitTests {
    /// (starting status, action, status once done).
    static let journeys: [(String, InstanceAction, String)] = [
        ("SHUTOFF", .start, "ACTIVE"),
        ("ACTIVE", .stop, "SHUTOFF"),
        ("ACTIVE", .softReboot, "ACTIVE"),
        ("ACTIVE", .hardReboot, "ACTIVE"),
        ("ACTIVE", .pause, "PAUSED"),
        ("PAUSED", .unpause, "ACTIVE"),
        ("ACTIVE", .suspend, "SUSPENDED"),
        ("SUSPENDED", .resume, "ACTIVE"),
        ("ACTIVE", .shelve, "SHELVED_OFFLOADED"),
        ("SHELVED_OFFLOADED", .unshelve, "ACTIVE"),
    ]

    @Test("waiting returns the action's end state and reports the states passed through", arguments: journeys)
    func waits(from status: String, action: InstanceAction, to expected: String) async throws {
        try await ActionTestbed.with { testbed in
            let instance = try await testbed.instance(in: status)
            let seen = Mutex<[ActionProgress]>([])
            let outcome = try await testbed.session.instances.perform(
                action, on: instance, wait: ActionTestbed.fastWait, progress: { progress in seen.withLock { $0.append(progress) } })
            #expect(outcome.finalStatus == expected)
            #expect(try await testbed.refreshed(instance).status == expected)
            let reports = seen.withLock { $0 }
            #expect(reports.last?.status == expected)
            #expect(reports.last?.taskState == nil)
        }
    }

    @Test("progress reports show the action's task while it runs")
    func progressShowsTask() async throws {
        // Simulated time stands still except that each progress report moves it a second on, so
        // the first poll sees the 4-second stop under way however slow the machine is.
        try await ActionTestbed.with(speed: 0.000_001) { testbed in
            let instance = try await testbed.instance(in: "ACTIVE")
            let seen = Mutex<[ActionProgress]>([])
            let server = testbed.cloud.server
            _ = try await testbed.session.instances.perform(.stop, on: instance, wait: ActionTestbed.fastWait) { progress in
                seen.withLock { $0.append(progress) }
                Task { await server.advanceClock(by: .seconds(1)) }
            }
            let reports = seen.withLock { $0 }
            #expect(reports.first.map { $0.status == "ACTIVE" && $0.taskState == "powering-off" } == true, "\(reports)")
            #expect(reports.last.map { $0.status == "SHUTOFF" && $0.taskState == nil } == true)
        }
    }

    @Test("resize waits in VERIFY_RESIZE; confirm keeps the new flavor, revert restores the old one", arguments: [true, false])
    func resize(confirm: Bool) async throws {
        try await ActionTestbed.with { testbed in
            let instance = try await testbed.instance(in: "ACTIVE")
            let flavors = try await testbed.services().compute.listFlavors()
            let target = try #require(flavors.first { $0.name != instance.flavorName })
            let resized = try await testbed.session.instances.perform(
                .resize, on: instance, options: ActionOptions(flavor: target.name), wait: ActionTestbed.fastWait)
            #expect(resized.finalStatus == "VERIFY_RESIZE")
            let finish: InstanceAction = confirm ? .confirmResize : .revertResize
            let done = try await testbed.session.instances.perform(finish, on: try await testbed.refreshed(instance), wait: ActionTestbed.fastWait)
            #expect(done.finalStatus == "ACTIVE")
            let after = try await testbed.refreshed(instance)
            #expect(after.flavorName == (confirm ? target.name : instance.flavorName))
        }
    }

    @Test("create-image waits until the snapshot image is active")
    func snapshot() async throws {
        try await ActionTestbed.with { testbed in
            let instance = try await testbed.instance(in: "ACTIVE")
            let outcome = try await testbed.session.instances.perform(
                .createImage, on: instance, options: ActionOptions(imageName: "backup-1"), wait: ActionTestbed.fastWait)
            let imageID = try #require(outcome.imageID)
            let image = try await testbed.services().image.showImage(id: imageID)
            #expect(image.status == .active)
            #expect(image.name == "backup-1")
            #expect(outcome.finalStatus == "ACTIVE")
        }
    }

    @Test("rebuild from another image by name ends ACTIVE")
    func rebuild() async throws {
        try await ActionTestbed.with { testbed in
            let instance = try await testbed.instance(in: "ACTIVE")
            let images = try await testbed.services().image.listImages()
            let other = try #require(images.first { $0.id != instance.imageID && $0.status == .active && $0.visibility == .public })
            let outcome = try await testbed.session.instances.perform(
                .rebuild, on: instance, options: ActionOptions(image: other.id), wait: ActionTestbed.fastWait)
            #expect(outcome.finalStatus == "ACTIVE")
            #expect(try await testbed.refreshed(instance).imageID == other.id)
        }
    }

    @Test("a wait that outlasts its timeout ends with a clear error naming the last state")
    func timeout() async throws {
        // At real-time speed a stop takes 4 s; the wait gives up after 0.3 s.
        try await ActionTestbed.with(speed: 1) { testbed in
            let instance = try await testbed.instance(in: "ACTIVE")
            let policy = WaitPolicy(initialInterval: .milliseconds(50), maximumInterval: .milliseconds(100), timeout: .milliseconds(300))
            await #expect(throws: CoreError.action(.timedOut(.stop, instance: instance.name, seconds: 1, lastStatus: "ACTIVE"))) {
                try await testbed.session.instances.perform(.stop, on: instance, wait: policy)
            }
        }
    }

    @Test("lock and unlock take effect at once")
    func lock() async throws {
        try await ActionTestbed.with { testbed in
            let instance = try await testbed.instance(in: "ACTIVE")
            _ = try await testbed.session.instances.perform(.lock, on: instance, wait: ActionTestbed.fastWait)
            let locked = try await testbed.refreshed(instance)
            #expect(locked.locked == true)
            await #expect(throws: CoreError.action(.refused(.stop, instance: instance.name, .locked))) {
                try await testbed.session.instances.perform(.stop, on: locked)
            }
            _ = try await testbed.session.instances.perform(.unlock, on: locked)
            #expect(try await testbed.refreshed(instance).locked == false)
        }
    }

    @Test("resize without a flavor, or with an unknown one, says what is missing")
    func resizeNeedsFlavor() async throws {
        try await ActionTestbed.with(servers: 10) { testbed in
            let instance = try await testbed.instance(in: "ACTIVE")
            await #expect(throws: CoreError.action(.missingOption(.resize, option: "flavor"))) {
                try await testbed.session.instances.perform(.resize, on: instance)
            }
            await #expect(throws: CoreError.action(.flavorNotFound("m9.huge"))) {
                try await testbed.session.instances.perform(.resize, on: instance, options: ActionOptions(flavor: "m9.huge"))
            }
        }
    }
}
