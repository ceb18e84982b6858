import OpenStackAPI

extension CloudSession {
    /// The last `lines` lines the instance wrote to its console (Nova's `os-getConsoleOutput`).
    public func consoleOutput(of instance: Instance, lines: Int) async throws -> String {
        try await computeClient(for: instance.project).showConsoleOutput(id: instance.id, length: lines)
    }
}
