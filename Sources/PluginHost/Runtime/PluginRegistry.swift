public import PluginModel

/// The plugins of one Exosphere process: loads the enabled ones, fans events out to all of them
/// at once, and gathers their contributions and states for the UI and `plugin list`.
///
/// One plugin failing (at load or later) never stops the others: its state shows the reason.
public actor PluginRegistry {
    private struct Loaded {
        let plugin: DiscoveredPlugin
        let settings: [String: PluginConfigValue]
        var runtime: PluginRuntime?
        var loadError: PluginError?
    }

    private let environment: PluginEnvironment
    private var plugins: [String: Loaded] = [:]

    /// An empty registry whose plugins will share `environment`.
    public init(environment: PluginEnvironment) {
        self.environment = environment
    }

    /// Loads `plugin` with the operator's `settings`; a failure is kept as its state, not thrown.
    public func load(_ plugin: DiscoveredPlugin, settings: [String: PluginConfigValue] = [:]) async {
        var loaded = Loaded(plugin: plugin, settings: settings)
        do {
            loaded.runtime = try await PluginLoader.load(folder: plugin.folder, settings: settings, environment: environment)
        } catch {
            loaded.loadError = error
        }
        plugins[plugin.id] = loaded
    }

    /// Reloads a plugin from its folder (development mode: after its files changed).
    public func reload(_ id: String) async throws(PluginError) {
        guard let loaded = plugins[id] else { throw .unknownPlugin(id: id, known: plugins.keys.sorted()) }
        let plugin = loaded.plugin
        let manifest = Result { () throws(PluginError) -> PluginManifest in try PluginManifest.load(folder: plugin.folder) }
        let reread = DiscoveredPlugin(
            id: plugin.id, folder: plugin.folder, origin: plugin.origin, manifest: manifest, overrides: plugin.overrides)
        await load(reread, settings: loaded.settings)
    }

    /// Each plugin's state by id: `.failed` with the reason when it did not load or was stopped.
    public func statuses() async -> [String: PluginStatus] {
        var statuses: [String: PluginStatus] = [:]
        for (id, loaded) in plugins {
            if let runtime = loaded.runtime {
                statuses[id] = await runtime.status
            } else {
                statuses[id] = .failed(loaded.loadError ?? .pluginUnavailable(plugin: id, reason: "it did not load"))
            }
        }
        return statuses
    }

    /// The running plugin `id`, if any.
    public func runtime(_ id: String) -> PluginRuntime? {
        plugins[id]?.runtime
    }

    /// Delivers an event to every running plugin concurrently; returns the errors of those that failed.
    public func emit(_ event: String, payload: LuaValue) async -> [PluginError] {
        let runtimes = plugins.values.compactMap(\.runtime)
        return await withTaskGroup(of: PluginError?.self) { group in
            for runtime in runtimes {
                group.addTask {
                    guard await runtime.status == .running else { return nil }
                    do throws(PluginError) {
                        try await runtime.emit(event, payload: payload)
                        return nil
                    } catch {
                        return error
                    }
                }
            }
            var errors: [PluginError] = []
            for await error in group {
                if let error { errors.append(error) }
            }
            return errors
        }
    }

    /// What every running plugin contributes, by plugin id.
    public func contributions() async -> [String: PluginContributions] {
        var contributions: [String: PluginContributions] = [:]
        for (id, loaded) in plugins {
            if let runtime = loaded.runtime, await runtime.status == .running {
                contributions[id] = await runtime.contributions
            }
        }
        return contributions
    }
}
