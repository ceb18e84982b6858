import CloudConfig
import Foundation
import PluginHost
import PluginModel
import PluginWeb

/// The instances of the providers that plugins enabled in the settings register, for
/// `server list`. Nothing is discovered unless the settings enable some plugin, and only enabled
/// plugins whose plugin.yaml declares `capabilities.providers` are started, so the command costs
/// nothing more for people without providers.
enum ProviderInstanceListing {
    /// Each provider's instances as rows (cloud = the provider's name, no project); a plugin or
    /// provider that fails is a warning on standard error, never a failed command.
    static func rows(settings: ExosphereSettings) async -> [InstanceRow] {
        let enabled = settings.plugins.plugins.keys.filter { settings.plugins.isEnabled($0) }
        guard !enabled.isEmpty else { return [] }
        let searchPath = PluginSearchPath.standard(home: CloudConfigSources.current().homeDirectory)
        let providerPlugins = PluginDiscovery.discover(in: searchPath).filter { plugin in
            enabled.contains(plugin.id) && ((try? plugin.manifest.get())?.capabilities.providers.isEmpty == false)
        }
        guard !providerPlugins.isEmpty else { return [] }
        return await withTaskGroup(of: (String, [InstanceRow]).self) { group in
            for plugin in providerPlugins {
                let config = (settings.plugins.plugins[plugin.id]?.config ?? [:]).mapValues(\.pluginValue)
                group.addTask { (plugin.id, await rows(of: plugin, config: config)) }
            }
            var found: [(String, [InstanceRow])] = []
            for await rows in group { found.append(rows) }
            return found.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    private static func rows(of plugin: DiscoveredPlugin, config: [String: PluginConfigValue]) async -> [InstanceRow] {
        let runtime: PluginRuntime
        do {
            let home = CloudConfigSources.current().homeDirectory
            runtime = try await PluginLoader.load(
                folder: plugin.folder, settings: config, environment: PluginEnvironment(storeDirectory: PluginEnvironment.standardStoreDirectory(home: home)))
        } catch {
            ErrorReport.print(error, prefix: "warning: plugin \(plugin.id)")
            return []
        }
        var rows: [InstanceRow] = []
        for provider in await runtime.contributions.providers {
            do {
                rows += try await ProviderClient(runtime: runtime, provider: provider.id).instances()
                    .map { InstanceRow($0, provider: provider, plugin: plugin.id) }
            } catch {
                ErrorReport.print(error, prefix: "warning: provider \(provider.name)")
            }
        }
        return rows
    }
}

extension InstanceRow {
    /// A provider's instance: its cloud is the provider's name, its project empty.
    init(_ instance: ProviderInstance, provider: ProviderInfo, plugin: String) {
        id = instance.id
        name = instance.name
        status = instance.status
        project = ""
        projectID = ""
        cloud = provider.name
        flavor = instance.size
        imageID = instance.image
        addresses = instance.addresses
        floatingIPs = []
        self.provider = true
        self.plugin = plugin
    }
}
