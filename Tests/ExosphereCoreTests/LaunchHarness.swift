import CloudConfig
import Foundation
import Logging
import OpenStackAPI
import OpenStackSimulator
import Testing

@testable import ExosphereCore

/// A simulated cloud with one project, ready to plan and run launches, and an inventory of the
/// project's resources to prove a failed launch leaves nothing behind.
struct LaunchHarness {
    let cloud: SimulatedCloud
    let sessions: CloudSessions
    let session: CloudSession
    let project: ProjectSummary
    let clients: LaunchClients

    /// One project, no seeded servers, time 1000 times faster (a 30-second boot takes 30 ms).
    static func options(projectNetworks: Bool = true, autoAllocation: Bool = true) -> SimulatorOptions {
        var options = SimulatorOptions(projects: 1, servers: 0, speed: 1000, tokenLifetime: .seconds(86_400 * 365))
        options.projectNetworks = projectNetworks
        options.autoAllocatedTopology = autoAllocation
        return options
    }

    static func with(
        _ options: SimulatorOptions = options(), _ body: (LaunchHarness) async throws -> Void
    ) async throws {
        try await SimulatedCloud.with(options) { cloud in
            let sessions = cloud.sessions(cache: false)
            let session = try #require(sessions.sessions.first)
            let project = try await session.homeProject()
            let harness = LaunchHarness(
                cloud: cloud, sessions: sessions, session: session, project: project,
                clients: try await session.launchClients(for: project))
            do {
                try await body(harness)
            } catch {
                await sessions.close()
                throw error
            }
            await sessions.close()
        }
    }

    func plan(_ request: LaunchRequest, settings: LaunchSettings = LaunchSettings()) async throws -> LaunchPlan {
        try await session.launch.planner(project: project, settings: settings).plan(request)
    }

    func executor(vault: PassphraseVault? = nil) -> LaunchExecutor {
        LaunchExecutor(
            clients: clients, vault: vault,
            timing: LaunchTiming(pollInterval: .milliseconds(5), buildTimeout: .seconds(20), cleanupTimeout: .seconds(20)),
            logger: Logger(label: "exosphere.tests.launch"))
    }

    func launch(_ request: LaunchRequest, settings: LaunchSettings = LaunchSettings()) async throws -> LaunchResult {
        try await executor().run(try await plan(request, settings: settings))
    }

    /// The ids of every resource the project holds, by kind.
    func inventory() async throws -> [String: Set<String>] {
        let network = clients.network
        let own = NetworkListQuery(projectID: project.id)
        return [
            "servers": Set(try await clients.compute.listServers().filter { $0.status != .deleted }.map(\.id)),
            "ports": Set(try await network.listPorts(own).map(\.id)),
            "networks": Set(try await network.listNetworks(own).map(\.id)),
            "subnets": Set(try await network.listSubnets(own).map(\.id)),
            "routers": Set(try await network.listRouters(own).map(\.id)),
            "floating IPs": Set(try await network.listFloatingIPs(own).map(\.id)),
            "volumes": Set(try await clients.blockStorage.listVolumes().map(\.id)),
            "security groups": Set(try await network.listSecurityGroups(own).map(\.id)),
        ]
    }
}
