import CloudConfig
import Foundation
import OpenStackAPI
import OpenStackSimulator
import Testing

@testable import ExosphereCore

/// Each step of a launch fails once; the user gets one error naming the step and the project
/// holds exactly what it held before.
@Suite("Launch failures clean up after themselves")
struct LaunchFaultTests {
    enum Fault: String, CaseIterable, Sendable {
        case portCreation500, floatingIPExhausted, serverError, quotaRace

        var step: LaunchStep {
            switch self {
            case .portCreation500: .port
            case .floatingIPExhausted: .publicAddress
            case .serverError: .build
            case .quotaRace: .server
            }
        }
    }

    @Test("a failing step leaves no orphans", arguments: Fault.allCases)
    func noOrphans(_ fault: Fault) async throws {
        // No network of its own, so the launch creates a network, subnet and router too, and an
        // extra volume, so every kind of resource is in play.
        try await LaunchHarness.with(LaunchHarness.options(projectNetworks: false, autoAllocation: false)) { harness in
            let request = LaunchRequest(name: "doomed", count: 2, extraVolumeSizeGiB: 2)
            let plan = try await harness.plan(request)
            switch fault {
            case .portCreation500:
                await harness.cloud.server.setFaults([
                    FaultRule(method: "POST", pathPrefix: "/network/v2.0/ports", effect: .status(500), count: 1)
                ])
            case .floatingIPExhausted:
                await harness.cloud.server.setLaunchBehaviour(floatingIPsExhausted: true)
            case .serverError:
                await harness.cloud.server.setLaunchBehaviour(failingServers: 1)
            case .quotaRace:
                // Someone else uses up the instances between the plan and the launch.
                let image = try #require(try await harness.clients.image.listImages().first { $0.name == "Featured-Debian12" })
                _ = try await harness.clients.compute.createServer(
                    ServerCreateRequest(
                        name: "other", imageRef: image.id, flavorRef: "1", networks: .none, minCount: 20, maxCount: 20))
            }
            let before = try await harness.inventory()
            let error = await #expect(throws: CoreError.self) { try await harness.executor().run(plan) }
            guard case .stepFailed(let step, let reason, let leftovers) = error else {
                Issue.record("expected one step failure, got \(String(describing: error))")
                return
            }
            #expect(step == fault.step, "\(reason)")
            #expect(leftovers.isEmpty)
            #expect(!reason.isEmpty)
            if fault == .quotaRace { #expect(reason.contains("Quota exceeded")) }
            let after = try await harness.inventory()
            for kind in before.keys.sorted() {
                #expect(after[kind] == before[kind], "\(kind) left behind")
            }
        }
    }

    @Test("an instance booted from a new volume that goes to ERROR takes its volume with it")
    func bootVolumeCleanedUp() async throws {
        try await LaunchHarness.with { harness in
            let plan = try await harness.plan(LaunchRequest(name: "bfv", bootVolumeSizeGiB: 30))
            #expect(plan.quotaNeeds[.volumeGigabytes] == 30)
            await harness.cloud.server.setLaunchBehaviour(failingServers: 1)
            let before = try await harness.inventory()
            let error = await #expect(throws: CoreError.self) { try await harness.executor().run(plan) }
            guard case .stepFailed(.build, let reason, []) = error else {
                Issue.record("expected a build failure with nothing left, got \(String(describing: error))")
                return
            }
            #expect(reason.contains("No valid host"))
            #expect(try await harness.inventory() == before)
        }
    }
}
