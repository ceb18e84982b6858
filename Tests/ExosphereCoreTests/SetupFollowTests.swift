import Synchronization
import Foundation
import OpenStackAPI
import OpenStackSimulator
import Testing

@testable import ExosphereCore

@Suite("Following setup on the simulator's console")
struct SetupFollowTests {
    @Test("running setup → ready, or failed naming the step", arguments: [nil, "user"])
    func followsSetup(failing: String?) async throws {
        try await LaunchHarness.with { harness in
            // The one step lasts a simulated year until the test has seen it running, so a loaded
            // machine cannot skip "running"; then it ends at once.
            await harness.cloud.server.setLaunchBehaviour(failingSetupStep: failing ?? "", setupStepSeconds: 31_536_000)
            let result = try await harness.launch(LaunchRequest(name: "lab", resourceGraphs: false))
            #expect(result.plan.parts.map(\.name) == ["user"])
            let id = try #require(result.instances.first?.id)
            let monitor = SetupMonitor(compute: harness.clients.compute, timeout: .seconds(86_400 * 3650))
            let seen = StatusLog()
            // The simulator's clock runs ahead of this computer's; a long timeout keeps it out of play.
            async let waited = monitor.wait(serverID: id, interval: .milliseconds(20), onChange: { seen.append($0) })
            let deadline = ContinuousClock.now + .seconds(60)
            while !seen.all.contains(.running(step: "user")), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            await harness.cloud.server.setLaunchBehaviour(setupStepSeconds: 0.001)
            let final = try await waited
            #expect(seen.all.contains(.running(step: "user")))
            #expect(final == (failing.map { SetupStatus.failed(step: $0) } ?? .ready))
            #expect(seen.all.last == final)
        }
    }

    @Test("the usage reporter's console lines become the instance's usage series")
    func usageSeries() async throws {
        try await LaunchHarness.with { harness in
            let result = try await harness.launch(LaunchRequest(name: "graphs", software: [.jupyter]))
            let id = try #require(result.instances.first?.id)
            let monitor = SetupMonitor(compute: harness.clients.compute, timeout: .seconds(86_400))
            #expect(try await monitor.wait(serverID: id, interval: .milliseconds(20)) == .ready)
            try await Task.sleep(for: .milliseconds(200))
            let (_, usage) = try await monitor.check(serverID: id)
            #expect(!usage.samples.isEmpty)
            #expect(usage.samples.allSatisfy { (0...100).contains($0.cpuPercent) && (0...100).contains($0.diskPercent) })
            #expect(zip(usage.samples, usage.samples.dropFirst()).allSatisfy { $0.time < $1.time })
        }
    }

    @Test("an instance Exosphere did not launch has no setup to follow")
    func notApplicable() async throws {
        try await LaunchHarness.with { harness in
            let image = try #require(try await harness.clients.image.listImages().first)
            let created = try await harness.clients.compute.createServer(
                ServerCreateRequest(name: "plain", imageRef: image.id, flavorRef: "1"))
            let monitor = SetupMonitor(compute: harness.clients.compute, timeout: .seconds(60))
            #expect(try await monitor.check(serverID: created.id).0 == .notApplicable)
        }
    }
}

/// Statuses seen by a callback.
final class StatusLog: Sendable {
    private let statuses = Mutex<[SetupStatus]>([])
    func append(_ status: SetupStatus) { statuses.withLock { $0.append(status) } }
    var all: [SetupStatus] { statuses.withLock { $0 } }
}
