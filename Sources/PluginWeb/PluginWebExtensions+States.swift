import Localization
import PluginHost
public import WebUI

/// Every plugin's state, for `/plugins` and the start-up warnings.
extension PluginWebExtensions {
    /// One line per enabled plugin that is not running: `id: reason`, for start-up warnings.
    public func problems() async -> [String] {
        let notFound = missing.map { "\($0): it is enabled in the settings file but was not found on the plugin search path" }
        return notFound + (await registry.statuses()).sorted { $0.key < $1.key }.compactMap { id, status in
            switch status {
            case .running: return nil
            case .stopped: return "\(id): it has not been started"
            case .failed(let error): return "\(id): \(error.message.sourceText)"
            }
        }
    }

    public func statuses() async -> [ExtensionStatus] {
        let states = await registry.statuses()
        return discovered.map { plugin in
            let manifest = try? plugin.manifest.get()
            let state: ExtensionStatus.State
            if !enabled.contains(plugin.id) {
                state = .disabled
            } else {
                switch states[plugin.id] {
                case .running?: state = .running
                case .failed(let error)?: state = .failed(error.message.sourceText)
                case .stopped?, nil: state = .failed("it has not been started")
                }
            }
            var summary = manifest?.description ?? ""
            if case .failure(let error) = plugin.manifest { summary = error.message.sourceText }
            return ExtensionStatus(
                id: plugin.id, name: manifest?.name ?? plugin.id, version: manifest?.version.description, summary: summary,
                origin: plugin.origin.rawValue, state: state, capabilities: manifest.map { Self.capabilityLines($0.capabilities) } ?? [])
        }
    }

    /// What a plugin may do, one line per kind it declares.
    static func capabilityLines(_ capabilities: PluginCapabilities) -> [String] {
        [
            ("http", capabilities.http), ("secrets", capabilities.secrets), ("ui", capabilities.ui),
            ("views", capabilities.views), ("providers", capabilities.providers),
        ].filter { !$0.1.isEmpty }.map { "\($0.0): \($0.1.joined(separator: ", "))" }
    }
}
