import CloudConfig
import Foundation
import Logging
import OpenStackSimulator

/// What a back end needs while a test runs: for the simulator, the running server and the
/// temporary folder holding its clouds.yaml; for a real cloud, only its profile.
struct BackendHost: Sendable {
    let profile: CloudProfile
    let simulator: SimulatorServer?
    let folder: URL?

    /// Options for a simulator whose transitions take milliseconds: 1000 simulated seconds per real
    /// second, and tokens that outlive the test at that speed.
    static let simulatorOptions = SimulatorOptions(
        projects: 2, servers: 6, speed: 1000, tokenLifetime: .seconds(365 * 86_400))

    /// Starts the simulator and reads the clouds.yaml it writes, or reads the real cloud's profile
    /// from the usual search path.
    static func start(_ backend: Backend) async throws -> BackendHost {
        switch backend {
        case .real(let name):
            let profile = try CloudConfigLoader(sources: .current()).load().select(name)
            return BackendHost(profile: profile, simulator: nil, folder: nil)
        case .simulator:
            var logger = Logger(label: "exosphere.contracttests.simulator")
            logger.logLevel = .warning
            let server = SimulatorServer(options: simulatorOptions, logger: logger)
            let endpoint = try await server.start()
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "exo-contract-\(UUID().uuidString)")
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let file = folder.appendingPathComponent("clouds.yaml").path
                try endpoint.writeCloudsYAML(to: file)
                let sources = CloudConfigSources(
                    environment: ["OS_CLIENT_CONFIG_FILE": file], homeDirectory: folder.path,
                    currentDirectory: folder.path, systemConfigDirectory: folder.appendingPathComponent("etc").path)
                let profile = try CloudConfigLoader(sources: sources).load().select("simulator")
                return BackendHost(profile: profile, simulator: server, folder: folder)
            } catch {
                await server.stop()
                try? FileManager.default.removeItem(at: folder)
                throw error
            }
        }
    }

    /// Stops the simulator and removes its folder.
    func stop() async {
        await simulator?.stop()
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }
}
