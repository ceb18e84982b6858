import Foundation
import Logging
import PluginHost
import Secrets

/// Fixture plugins and a ready environment for tests.
enum TestPlugins {
    static var fixtures: String {
        (Bundle.module.resourcePath ?? ".") + "/Fixtures"
    }

    static func folder(_ id: String) -> String {
        fixtures + "/plugins/" + id
    }

    static func environment(
        limits: LuaLimits = LuaLimits(memoryBytes: 8 << 20, instructionBudget: 2_000_000, timeLimit: .seconds(2)),
        transport: any PluginHTTPTransport = FixtureTransport([]), locale: String? = nil
    ) -> PluginEnvironment {
        var logger = Logger(label: "exosphere.plugins.tests")
        logger.logLevel = .warning
        return PluginEnvironment(
            limits: limits, transport: transport, secrets: FixedSecretStore(["token": Secret("s3cret")]), locale: locale,
            logger: logger)
    }

    /// The sandbox fixture plugin, started.
    static func sandbox(
        limits: LuaLimits = LuaLimits(memoryBytes: 8 << 20, instructionBudget: 2_000_000, timeLimit: .seconds(2)),
        transport: any PluginHTTPTransport = FixtureTransport([]), locale: String? = nil
    ) async throws -> PluginRuntime {
        try await PluginLoader.load(
            folder: folder("sandbox"), environment: environment(limits: limits, transport: transport, locale: locale))
    }

    /// A copy of a fixture plugin in a fresh temporary folder (removed by the caller).
    static func copy(_ id: String) throws -> (root: String, folder: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-plugin-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let folder = root + "/" + id
        try FileManager.default.copyItem(atPath: self.folder(id), toPath: folder)
        return (root, folder)
    }
}

extension PluginError {
    /// The Lua failure inside a `pluginFailed`, if that is what this is.
    var luaFailure: LuaFailure? {
        if case .pluginFailed(_, let failure) = self { return failure }
        return nil
    }
}
