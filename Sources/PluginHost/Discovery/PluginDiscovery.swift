import Foundation

/// A plugin folder found on the search path.
public struct DiscoveredPlugin: Sendable {
    /// The folder's name (the plugin id when its manifest is right).
    public let id: String
    /// The plugin folder.
    public let folder: String
    /// Which search folder it came from.
    public let origin: PluginSearchPath.Origin
    /// The manifest, or why it could not be read.
    public let manifest: Result<PluginManifest, PluginError>
    /// Folders with the same id earlier on the search path, which this one overrides.
    public let overrides: [String]
}

/// Finding plugins on a search path.
public enum PluginDiscovery {
    /// Every plugin folder (a folder holding `plugin.yaml`) in the search path, by id; for the same
    /// id the later folder wins and records the ones it overrides.
    public static func discover(in searchPath: PluginSearchPath) -> [DiscoveredPlugin] {
        var found: [String: DiscoveredPlugin] = [:]
        for folder in searchPath.folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = (folder.path as NSString).appendingPathComponent(name)
                guard PluginSearchPath.isDirectory(path),
                    FileManager.default.fileExists(atPath: (path as NSString).appendingPathComponent("plugin.yaml"))
                else { continue }
                let manifest = Result { () throws(PluginError) -> PluginManifest in try PluginManifest.load(folder: path) }
                let overrides = found[name].map { $0.overrides + [$0.folder] } ?? []
                found[name] = DiscoveredPlugin(id: name, folder: path, origin: folder.origin, manifest: manifest, overrides: overrides)
            }
        }
        return found.values.sorted { $0.id < $1.id }
    }
}

/// Checking and starting one plugin.
public enum PluginLoader {
    /// Checks the manifest's API range and the operator's settings, and prepares a runtime.
    ///
    /// - Throws: ``PluginError/unsupportedAPI(plugin:required:host:)`` when the plugin needs another
    ///   host API, ``PluginError/invalidConfig(plugin:field:problem:)`` naming the setting.
    public static func prepare(
        folder: String, settings: [String: PluginConfigValue] = [:], environment: PluginEnvironment
    ) throws(PluginError) -> PluginRuntime {
        let manifest = try PluginManifest.load(folder: folder)
        try checkAPI(manifest)
        let config = try manifest.resolveConfig(settings)
        return PluginRuntime(manifest: manifest, folder: folder, config: config, environment: environment)
    }

    /// Prepares and starts a plugin; throws the failure when `init.lua` does not load.
    public static func load(
        folder: String, settings: [String: PluginConfigValue] = [:], environment: PluginEnvironment
    ) async throws(PluginError) -> PluginRuntime {
        let runtime = try prepare(folder: folder, settings: settings, environment: environment)
        if case .failed(let error) = await runtime.start() { throw error }
        return runtime
    }

    /// Refuses a plugin whose `api:` range does not include ``HostAPI/version``.
    public static func checkAPI(_ manifest: PluginManifest) throws(PluginError) {
        guard manifest.api.contains(HostAPI.version) else {
            throw .unsupportedAPI(plugin: manifest.id, required: manifest.api.description, host: HostAPI.version.description)
        }
    }
}
