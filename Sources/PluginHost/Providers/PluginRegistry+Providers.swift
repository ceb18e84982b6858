public import PluginModel

/// A provider one running plugin registered, ready to call.
public struct RegisteredProvider: Sendable {
    /// Its id and display name.
    public let info: ProviderInfo
    /// Its typed client.
    public let client: ProviderClient

    /// The plugin that registered it.
    public var plugin: String { client.plugin }
}

extension PluginRegistry {
    /// Every provider of the running plugins, ordered by plugin id, then registration order.
    public func providers() async -> [RegisteredProvider] {
        var found: [RegisteredProvider] = []
        for (plugin, contributed) in await contributions().sorted(by: { $0.key < $1.key }) {
            guard let runtime = runtime(plugin) else { continue }
            found += contributed.providers.map { RegisteredProvider(info: $0, client: ProviderClient(runtime: runtime, provider: $0.id)) }
        }
        return found
    }

    /// Provider `id` of the running plugin `plugin`, if it registered one.
    public func provider(plugin: String, id: String) async -> RegisteredProvider? {
        await providers().first { $0.plugin == plugin && $0.info.id == id }
    }
}
