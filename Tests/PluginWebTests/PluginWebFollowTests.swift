import CloudConfig
import ExosphereCore
import Foundation
import Logging
import OpenStackSimulator
import PluginHost
import PluginModel
import PluginWeb
import Testing
import WebUI

/// Plugins see the instances and clouds of the store the web UI follows.
@Suite struct PluginWebFollowTests {
    static let manifest = """
        id: count-instances
        name: Count instances
        version: 0.1.0
        api: ">=1.0, <2.0"
        description: Counts the instances it can see.
        author: Exosphere tests
        capabilities:
          ui: [dashboard_card]
          views: [instances, clouds]

        """

    static let initLua = """
        exo.ui.add_card{ id = "count", title = "Count", render = function()
          local cloud = exo.clouds.get()[1] or {}
          return { type = "stat", label = "Instances", value = tostring(#exo.instances.get()) .. " in " .. tostring(cloud.name)
            .. " at " .. tostring(cloud.auth_url) }
        end }

        """

    @Test func aFollowedStoreFillsThePluginsInstanceAndCloudViews() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-pluginweb-\(UUID().uuidString)")
        let plugin = folder.appendingPathComponent("plugins/count-instances")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        try Self.manifest.write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try Self.initLua.write(to: plugin.appendingPathComponent("init.lua"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }

        let server = SimulatorServer(options: SimulatorOptions(), logger: Logger(label: "exosphere.tests.simulator"))
        let endpoint = try await server.start()
        let cloudsYAML = folder.appendingPathComponent("clouds.yaml").path
        try endpoint.writeCloudsYAML(to: cloudsYAML)
        let sources = CloudConfigSources(
            environment: ["OS_CLIENT_CONFIG_FILE": cloudsYAML], homeDirectory: folder.path, currentDirectory: folder.path,
            systemConfigDirectory: folder.appendingPathComponent("etc").path)
        let profile = try CloudConfigLoader(sources: sources).load().select("simulator")
        var settings = ExosphereSettings(homeDirectory: folder.path)
        settings.tokenCache.enabled = false
        let sessions = CloudSessions.open([profile], settings: settings, logger: Logger(label: "exosphere.tests"))
        let store = InstanceStore(sessions: sessions, logger: Logger(label: "exosphere.tests"))

        let plugins = await PluginWebExtensions.load(
            settings: PluginsSettings(enabled: true, plugins: ["count-instances": PluginSettings(enabled: true)]),
            searchPath: PluginSearchPath(folders: [.init(origin: .user, path: folder.appendingPathComponent("plugins").path)]),
            cardLifetime: .zero)
        plugins.follow(store)
        await store.start()

        let card = try #require(await plugins.dashboardCards(locale: nil).first)
        var seen = ""
        for _ in 0..<200 {
            if case .stat(_, let value, _) = try await plugins.renderCard(card, context: ExtensionContext(locale: nil)) { seen = value }
            if seen.hasPrefix("36 ") { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        #expect(seen == "36 in simulator at \(profile.authURL.absoluteString)")
        plugins.stop()
        await store.stop()
        await sessions.close()
        await server.stop()
    }
}
