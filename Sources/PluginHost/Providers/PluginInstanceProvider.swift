public import ExosphereCore
public import PluginModel

/// A provider a plugin registered, as the core's ``ExosphereCore/InstanceProvider``: every call
/// goes to the plugin's running Lua state through a ``ProviderClient``.
public struct PluginInstanceProvider: InstanceProvider {
    /// The typed calls into the plugin.
    public let client: ProviderClient
    /// Who it is.
    public let identity: ProviderIdentity

    /// The provider `provider` registered by the plugin `runtime` runs.
    public init(runtime: PluginRuntime, provider: ProviderInfo) {
        client = ProviderClient(runtime: runtime, provider: provider.id)
        identity = ProviderIdentity(plugin: runtime.manifest.id, id: provider.id, name: provider.name)
    }

    public func listInstances() async throws -> [ProviderInstance] {
        try await client.instances()
    }

    public func choices() async throws -> ProviderChoices {
        ProviderChoices(sizes: try await client.sizes(), images: try await client.images())
    }

    public func create(_ request: ProviderCreateRequest) async throws {
        _ = try await client.create(request)
    }

    public func perform(_ action: ProviderAction, on instance: String) async throws {
        try await client.perform(action, on: instance)
    }

    public func deleteInstance(_ instance: String) async throws {
        try await client.delete(instance)
    }
}
