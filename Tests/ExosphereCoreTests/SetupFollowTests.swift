import Synchronization
import Foundation
import OpenStackAPI
import OpenStackSimulator
import Testing

@testable import ExosphereCore

@Suite("Following setup on the simulator's console")
struct SetupFollowTests {
    @Test("running setup → ready, with a usage series", arguments: [nil, "jupyter"])
    func followsSetup(failing: String?) async throws {
        try await LaunchHarness.with { harness in
            await harness.cloud.server.setLaunchBehaviour(failingSetupStep: failing ?? "", setupStepSeconds: 150)
            let result = try await harness.launch(LaunchRequest(name: "lab", software: [.jupyter]))
            let id = try #require(result.instances.first?.id)
            let monitor = SetupMonitor(compute: harness.clients.compute, timeout: .seconds(86_400))
            let seen = StatusLog()
            // The simulator's clock runs ahead of this computer's; a day's timeout keeps it out of play.
            let final = try await monitor.wait(serverID: id, interval: .milliseconds(5), onChange: { seen.append($0) })
            if let failing {
                #expect(final == .failed(step: failing))
            } else {
                #expect(final == .ready)
                #expect(seen.all.contains { if case .running = $0 { true } else { false } })
            }
            try await Task.sleep(for: .milliseconds(150))
            let (_, usage) = try await monitor.check(serverID: id)
            #expect(!usage.samples.isEmpty)
            #expect(usage.samples.allSatisfy { (0...100).contains($0.cpuPercent) })
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
