public import CloudConfig
public import Logging

/// Launching in a cloud's projects: a planner that decides and explains every default, an
/// executor that creates (and cleans up after a failure), a monitor of setup progress.
///
/// Reach it as `session.launch` (``CloudSession/launch``).
public struct LaunchService: Sendable {
    /// The cloud the calls go to.
    let session: CloudSession

    /// A planner for launches in `project` under the operator's `settings`.
    public func planner(project: ProjectSummary, settings: LaunchSettings) async throws -> LaunchPlanner {
        let clients = try await session.launchClients(for: project)
        return LaunchPlanner(clients: clients, project: project, settings: settings) { [session] in
            try await session.quotaUsage(project: project)
        }
    }

    /// An executor for launches in `project`.
    public func executor(
        project: ProjectSummary, vault: PassphraseVault?, timing: LaunchTiming = LaunchTiming(), logger: Logger
    ) async throws -> LaunchExecutor {
        LaunchExecutor(clients: try await session.launchClients(for: project), vault: vault, timing: timing, logger: logger)
    }

    /// A monitor of setup progress for instances of `project`.
    public func setupMonitor(project: ProjectSummary, timeout: Duration) async throws -> SetupMonitor {
        SetupMonitor(compute: try await session.computeClient(for: project), timeout: timeout)
    }
}

extension CloudSession {
    /// Launches in this cloud's projects.
    public nonisolated var launch: LaunchService { LaunchService(session: self) }
}
