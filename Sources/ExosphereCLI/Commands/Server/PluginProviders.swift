import CloudConfig
import ExosphereCore
import PluginHost
import PluginModel
import PluginWeb

/// The providers that plugins enabled in the settings register, for `server list` to hand to the
/// core. Nothing is discovered unless the settings enable some plugin, and only enabled plugins
/// whose plugin.yaml declares `capabilities.providers` are started, so the command costs nothing
/// more for people without providers.
enum PluginProviders {
    /// Each enabled provider plugin's providers, plugins in id order; a plugin that does not start
    /// is a warning on standard error, never a failed command.
    static func load(settings: ExosphereSettings) async -> [any InstanceProvider] {
        let enabled = settings.plugins.plugins.keys.filter { settings.plugins.isEnabled($0) }
        guard !enabled.isEmpty else { return [] }
        let home = CloudConfigSources.current().homeDirectory
        let providerPlugins = PluginDiscovery.discover(in: PluginSearchPath.standard(home: home)).filter { plugin in
            enabled.contains(plugin.id) && ((try? plugin.manifest.get())?.capabilities.providers.isEmpty == false)
        }
        guard !providerPlugins.isEmpty else { return [] }
        return await withTaskGroup(of: (String, [any InstanceProvider]).self) { group in
            for plugin in providerPlugins {
                let config = (settings.plugins.plugins[plugin.id]?.config ?? [:]).mapValues(\.pluginValue)
                group.addTask { (plugin.id, await providers(of: plugin, config: config, home: home)) }
            }
            var found: [(String, [any InstanceProvider])] = []
            for await providers in group { found.append(providers) }
            return found.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    private static func providers(of plugin: DiscoveredPlugin, config: [String: PluginConfigValue], home: String) async -> [any InstanceProvider] {
        do {
            let runtime = try await PluginLoader.load(
                folder: plugin.folder, settings: config, environment: PluginEnvironment(storeDirectory: PluginEnvironment.standardStoreDirectory(home: home)))
            return await runtime.contributions.providers.map { PluginInstanceProvider(runtime: runtime, provider: $0) }
        } catch {
            ErrorReport.print(error, prefix: "warning: plugin \(plugin.id)")
            return []
        }
    }
}
