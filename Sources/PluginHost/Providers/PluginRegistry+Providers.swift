import ExosphereCore
import PluginModel

extension PluginRegistry {
    /// Every provider of the running plugins, ordered by plugin id, then registration order.
    public func providers() async -> [PluginInstanceProvider] {
        var found: [PluginInstanceProvider] = []
        for (plugin, contributed) in await contributions().sorted(by: { $0.key < $1.key }) {
            guard let runtime = runtime(plugin) else { continue }
            found += contributed.providers.map { PluginInstanceProvider(runtime: runtime, provider: $0) }
        }
        return found
    }

    /// Provider `id` of the running plugin `plugin`, if it registered one.
    public func provider(plugin: String, id: String) async -> PluginInstanceProvider? {
        await providers().first { $0.identity.plugin == plugin && $0.identity.id == id }
    }
}
