import Foundation
import OpenStackAPI
import OpenStackSimulator
import Testing

@testable import ExosphereCore

/// A simulated cloud with one session and its home project, for action and resource tests.
///
/// The simulator runs 200 times faster than real time, so a 6-second start takes 30 ms; waits
/// poll every 20 ms.
struct ActionTestbed {
    let cloud: SimulatedCloud
    let sessions: CloudSessions
    let session: CloudSession
    let project: ProjectSummary

    /// Polls often enough for the fast simulator, and gives up after 20 seconds.
    static let fastWait = WaitPolicy(initialInterval: .milliseconds(20), maximumInterval: .milliseconds(50), timeout: .seconds(20))

    /// Runs `body` with a started testbed, stopping it afterwards even when `body` throws.
    static func with(
        servers: Int = 60, speed: Double = 200, _ body: (ActionTestbed) async throws -> Void
    ) async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 1, servers: servers, speed: speed)) { cloud in
            let sessions = cloud.sessions(cache: false)
            guard let session = sessions.sessions.first else { throw CoreError.noProjects(cloud: "simulator") }
            let testbed = ActionTestbed(cloud: cloud, sessions: sessions, session: session, project: try await session.homeProject())
            do {
                try await body(testbed)
            } catch {
                await sessions.close()
                throw error
            }
            await sessions.close()
        }
    }

    /// The project's instances, freshly listed.
    func instances() async throws -> [Instance] {
        let listing = await session.listInstances(projectFilter: project.id)
        if let failure = listing.failures.first { throw failure.error }
        return listing.items
    }

    /// Instances in `status` with no task running, not locked.
    func instances(in status: String) async throws -> [Instance] {
        try await instances().filter { $0.status == status && $0.taskState == nil && $0.locked != true }
    }

    /// One instance in `status`.
    func instance(in status: String) async throws -> Instance {
        try #require(try await instances(in: status).first, "no instance in \(status)")
    }

    /// The instance as it is now.
    func refreshed(_ instance: Instance) async throws -> Instance {
        try #require(try await instances().first { $0.id == instance.id })
    }

    /// The project's clients.
    func services() async throws -> ProjectServices {
        try await session.services(for: project)
    }
}
