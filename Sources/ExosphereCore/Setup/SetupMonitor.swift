public import Foundation
import OpenStackAPI

/// Follows an instance's setup after it is ACTIVE, from its console output.
public struct SetupMonitor: Sendable {
    /// The server metadata key listing the setup steps Exosphere put in the user data (names
    /// only, comma-separated; nothing secret).
    public static let stepsMetadataKey = "exosphere_setup"

    let compute: ComputeClient
    /// How long setup may run after ACTIVE.
    public let timeout: Duration

    /// Creates a monitor.
    init(compute: ComputeClient, timeout: Duration) {
        self.compute = compute
        self.timeout = timeout
    }

    /// The instance's setup status and resource use now.
    ///
    /// - Parameter now: The current time in the cloud's clock (the default is this computer's).
    public func check(serverID: String, now: Date = Date()) async throws -> (SetupStatus, ResourceUsageSeries) {
        let server = try await compute.showServer(id: serverID)
        let empty = ResourceUsageSeries(instanceID: serverID, samples: [])
        guard server.metadata?[Self.stepsMetadataKey] != nil else { return (.notApplicable, empty) }
        let status = server.status?.rawValue ?? "UNKNOWN"
        guard status != "BUILD", status != "ERROR" else {
            return (SetupProgress(consoleOutput: "").status(serverStatus: status, activeSince: nil, now: now, timeout: timeout), empty)
        }
        // Nova answers 409 while the instance has no host; that only means "not yet".
        let output: String
        do {
            output = try await compute.showConsoleOutput(id: serverID)
        } catch let error as OpenStackError where error.status == 409 {
            output = ""
        }
        let progress = SetupProgress(consoleOutput: output)
        return (
            progress.status(serverStatus: status, activeSince: server.launchedAt, now: now, timeout: timeout),
            ResourceUsageSeries(instanceID: serverID, samples: progress.usage)
        )
    }

    /// Polls until setup is ready, failed or timed out (or the instance fails), reporting each
    /// change of status.
    public func wait(
        serverID: String, interval: Duration = .seconds(10), now: @Sendable () -> Date = { Date() },
        onChange: @Sendable (SetupStatus) -> Void = { _ in }
    ) async throws -> SetupStatus {
        var last: SetupStatus?
        while true {
            let (status, _) = try await check(serverID: serverID, now: now())
            if status != last { onChange(status) }
            last = status
            if status.isFinal { return status }
            try await Task.sleep(for: interval)
        }
    }
}
