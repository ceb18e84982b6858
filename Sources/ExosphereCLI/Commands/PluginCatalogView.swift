import CloudConfig
import Foundation
import Localization
import PluginHost
import PluginWeb

/// The plugins found plus the settings that enable them, as the plugin commands show them.
struct PluginCatalogView {
    let searchPath: PluginSearchPath
    let discovered: [DiscoveredPlugin]
    let settings: ExosphereSettings
    let sources: CloudConfigSources

    static func load() throws -> PluginCatalogView {
        let sources = CloudConfigSources.current()
        let searchPath = PluginSearchPath.standard(home: sources.homeDirectory)
        return PluginCatalogView(
            searchPath: searchPath, discovered: PluginDiscovery.discover(in: searchPath),
            settings: try ExosphereSettings.load(from: sources), sources: sources)
    }

    func plugin(_ id: String) throws(PluginError) -> DiscoveredPlugin {
        guard let plugin = discovered.first(where: { $0.id == id }) else {
            throw .unknownPlugin(id: id, known: discovered.map(\.id))
        }
        return plugin
    }

    /// Checks a plugin and, when enabled, loads it to report whether it runs.
    func row(for plugin: DiscoveredPlugin) async -> PluginRow {
        let enabled = settings.plugins.isEnabled(plugin.id)
        var row = PluginRow(id: plugin.id, version: nil, enabled: enabled, state: "disabled", error: nil, origin: plugin.origin.rawValue)
        do {
            let manifest = try plugin.manifest.get()
            row.version = manifest.version.description
            try PluginLoader.checkAPI(manifest)
            let config = (settings.plugins.plugins[plugin.id]?.config ?? [:]).mapValues(\.pluginValue)
            _ = try manifest.resolveConfig(config)
            guard enabled else { return row }
            let runtime = try await PluginLoader.load(folder: plugin.folder, settings: config, environment: PluginEnvironment())
            row.state = await runtime.status.name
        } catch {
            row.state = "failed"
            row.error = error.message.sourceText
        }
        return row
    }

    func setEnabled(_ enabled: Bool, id: String) throws {
        _ = try plugin(id)
        let path = try ExosphereSettings.file(in: sources)
            ?? (sources.homeDirectory as NSString).appendingPathComponent(".config/exosphere/config.yaml")
        try ExosphereSettings.setPluginEnabled(enabled, plugin: id, in: path)
        Console.out("\(enabled ? "Enabled" : "Disabled") \(id) in \(path).\n")
    }
}

/// One plugin in `plugin list` and `plugin info` output.
struct PluginRow: Encodable {
    var id: String
    var version: String?
    var enabled: Bool
    var state: String
    var error: String?
    var origin: String

    var stateLine: String {
        error.map { "\(state): \($0)" } ?? state
    }
}
