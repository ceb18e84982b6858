public import ExosphereCore

/// The typed face of one provider a plugin registered: each operation of the provider contract
/// called in the plugin and its results read into ``ProviderInstance``, ``ProviderSize`` and
/// ``ProviderImage``. A wrong shape or an `nil, err` answer is a ``ProviderError``, never a crash.
///
/// ```swift
/// let client = ProviderClient(runtime: runtime, provider: "ec2")
/// for instance in try await client.instances() { print(instance.name, instance.status) }
/// ```
public struct ProviderClient: Sendable {
    /// The plugin that registered the provider.
    public let runtime: PluginRuntime
    /// The provider id.
    public let provider: String

    /// A client for provider `provider` of the plugin `runtime` runs.
    public init(runtime: PluginRuntime, provider: String) {
        self.runtime = runtime
        self.provider = provider
    }

    /// The plugin's id.
    public var plugin: String { runtime.manifest.id }

    /// `list_instances()`.
    public func instances() async throws(ProviderError) -> [ProviderInstance] {
        try decoder(.listInstances).instances(await call(.listInstances))
    }

    /// `create{ name, size, image }`; the new instance.
    public func create(_ request: ProviderCreateRequest) async throws(ProviderError) -> ProviderInstance {
        let spec = LuaValue.record(["name": .text(request.name), "size": .text(request.size), "image": .text(request.image)])
        return try decoder(.create).createdInstance(await call(.create, arguments: [spec]))
    }

    /// `delete(id)`.
    public func delete(_ id: String) async throws(ProviderError) {
        try decoder(.delete).done(await call(.delete, arguments: [.text(id)]))
    }

    /// `action(id, name)`.
    public func perform(_ action: ProviderAction, on id: String) async throws(ProviderError) {
        try decoder(.action).done(await call(.action, arguments: [.text(id), .text(action.rawValue)]))
    }

    /// `sizes()`.
    public func sizes() async throws(ProviderError) -> [ProviderSize] {
        try decoder(.sizes).sizes(await call(.sizes))
    }

    /// `images()`.
    public func images() async throws(ProviderError) -> [ProviderImage] {
        try decoder(.images).images(await call(.images))
    }

    private func decoder(_ operation: ProviderOperation) -> ProviderResultDecoder {
        ProviderResultDecoder(plugin: plugin, provider: provider, operation: operation)
    }

    private func call(_ operation: ProviderOperation, arguments: [LuaValue] = []) async throws(ProviderError) -> [LuaValue] {
        do {
            return try await runtime.callProvider(provider, operation, arguments: arguments)
        } catch {
            throw .callFailed(plugin: plugin, provider: provider, operation: operation.rawValue, error: error)
        }
    }
}
