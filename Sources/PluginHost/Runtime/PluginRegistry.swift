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
        /// Why the registry stopped waiting for this plugin (it overran an event by more than its
        /// limits allow); it gets no more events and shows as failed.
        var abandoned: PluginError?
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
            if let abandoned = loaded.abandoned {
                statuses[id] = .failed(abandoned)
            } else if let runtime = loaded.runtime {
                statuses[id] = await runtime.status
            } else {
                statuses[id] = .failed(loaded.loadError ?? .pluginUnavailable(plugin: id, reason: "it did not load"))
            }
        }
        return statuses
    }

    /// The running plugin `id`, if any (not one that was abandoned, see ``emit(_:payload:)``).
    public func runtime(_ id: String) -> PluginRuntime? {
        plugins[id].flatMap { $0.abandoned == nil ? $0.runtime : nil }
    }

    /// Delivers an event to every running plugin concurrently; returns the errors of those that failed.
    ///
    /// A plugin whose handlers for the event have not finished within twice its
    /// ``LuaLimits/entryTimeLimit`` (plus ``PluginDeadline/grace``) is no longer waited for: it is
    /// abandoned, gets no more events and shows as failed, so that it cannot hold up this event
    /// for the others, nor later events, nor a shutdown.
    public func emit(_ event: String, payload: LuaValue) async -> [PluginError] {
        let runtimes = plugins.compactMap { id, loaded in loaded.abandoned == nil ? loaded.runtime.map { (id, $0) } : nil }
        let patience = environment.limits.entryTimeLimit * 2 + PluginDeadline.grace
        let outcomes = await withTaskGroup(of: (id: String, error: PluginError?, late: Bool).self) { group in
            for (id, runtime) in runtimes {
                group.addTask {
                    let outcome = await PluginDeadline.value(within: patience) { () async -> PluginError? in
                        guard await runtime.status == .running else { return nil }
                        do throws(PluginError) {
                            try await runtime.emit(event, payload: payload)
                            return nil
                        } catch {
                            return error
                        }
                    }
                    guard let outcome else {
                        let reason = "it did not finish handling \(event) within \(patience), so it is no longer waited for"
                        return (id, PluginError.pluginUnavailable(plugin: id, reason: reason), true)
                    }
                    return (id, outcome, false)
                }
            }
            var outcomes: [(id: String, error: PluginError?, late: Bool)] = []
            for await outcome in group { outcomes.append(outcome) }
            return outcomes
        }
        var errors: [PluginError] = []
        for outcome in outcomes {
            guard let error = outcome.error else { continue }
            if outcome.late { plugins[outcome.id]?.abandoned = error }
            errors.append(error)
        }
        return errors
    }

    /// What every running plugin contributes, by plugin id.
    public func contributions() async -> [String: PluginContributions] {
        var contributions: [String: PluginContributions] = [:]
        for (id, loaded) in plugins where loaded.abandoned == nil {
            if let runtime = loaded.runtime, await runtime.status == .running {
                contributions[id] = await runtime.contributions
            }
        }
        return contributions
    }
}
