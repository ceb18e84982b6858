import CloudConfig
import Foundation
import Logging
import OpenStackSimulator
import Testing

@testable import ExosphereCore

/// A simulator running in this process, its clouds.yaml in a temporary folder, and the cloud
/// profile read from that file exactly as a user's command reads it.
struct SimulatedCloud {
    let server: SimulatorServer
    let endpoint: SimulatorEndpoint
    let folder: URL
    let profile: CloudProfile

    /// Starts a simulator with `options` (port 0) and reads its clouds.yaml.
    static func start(_ options: SimulatorOptions = SimulatorOptions()) async throws -> SimulatedCloud {
        let server = SimulatorServer(options: options, logger: Logger(label: "exosphere.tests.simulator"))
        let endpoint = try await server.start()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-core-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let cloudsYAML = folder.appendingPathComponent("clouds.yaml").path
        try endpoint.writeCloudsYAML(to: cloudsYAML)
        let sources = CloudConfigSources(
            environment: ["OS_CLIENT_CONFIG_FILE": cloudsYAML], homeDirectory: folder.path,
            currentDirectory: folder.path, systemConfigDirectory: folder.appendingPathComponent("etc").path)
        let profile = try CloudConfigLoader(sources: sources).load().select("simulator")
        return SimulatedCloud(server: server, endpoint: endpoint, folder: folder, profile: profile)
    }

    /// Settings whose token cache lives in this cloud's temporary folder.
    var settings: ExosphereSettings {
        var settings = ExosphereSettings(homeDirectory: folder.path)
        settings.tokenCache.directory = folder.appendingPathComponent("tokens").path
        return settings
    }

    /// Sessions for `profile` (this cloud's by default), sharing this cloud's token cache.
    func sessions(_ profile: CloudProfile? = nil, cache: Bool = true) -> CloudSessions {
        var settings = self.settings
        settings.tokenCache.enabled = cache
        return CloudSessions.open([profile ?? self.profile], settings: settings, logger: Logger(label: "exosphere.tests"))
    }

    /// Stops the simulator and removes the temporary folder.
    func stop() async {
        await server.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `body` with a started cloud, stopping it afterwards even when `body` throws.
    static func with<Result>(
        _ options: SimulatorOptions = SimulatorOptions(), _ body: (SimulatedCloud) async throws -> Result
    ) async throws -> Result {
        let cloud = try await start(options)
        do {
            let result = try await body(cloud)
            await cloud.stop()
            return result
        } catch {
            await cloud.stop()
            throw error
        }
    }
}
