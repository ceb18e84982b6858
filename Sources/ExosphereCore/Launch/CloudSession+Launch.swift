public import CloudConfig
public import Logging

extension CloudSession {
    /// A planner for launches in `project` under the operator's `settings`.
    public func launchPlanner(project: ProjectSummary, settings: LaunchSettings) async throws -> LaunchPlanner {
        let clients = try await launchClients(for: project)
        return LaunchPlanner(clients: clients, project: project, settings: settings) { [self] in
            try await self.quotaUsage(project: project)
        }
    }

    /// An executor for launches in `project`.
    public func launchExecutor(
        project: ProjectSummary, vault: PassphraseVault?, timing: LaunchTiming = LaunchTiming(), logger: Logger
    ) async throws -> LaunchExecutor {
        LaunchExecutor(clients: try await launchClients(for: project), vault: vault, timing: timing, logger: logger)
    }

    /// A monitor of setup progress for instances of `project`.
    public func setupMonitor(project: ProjectSummary, timeout: Duration) async throws -> SetupMonitor {
        SetupMonitor(compute: try await computeClient(for: project), timeout: timeout)
    }
}

extension CloudSessions {
    /// The session of the cloud named `cloud`.
    public func session(named cloud: String) -> CloudSession? {
        sessions.first { $0.profile.name == cloud }
    }
}

extension Instance {
    /// The address ssh should use: the first public (floating) IPv4 address, else the first
    /// fixed IPv4 address.
    public var sshAddress: String? {
        let ipv4 = addresses.filter { $0.version == 4 }
        return (ipv4.first(where: \.isFloating) ?? ipv4.first)?.address
    }
}
