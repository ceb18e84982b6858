public import PluginModel
import PluginHost
public import WebUI

/// The providers plugins registered, served to the web UI through their typed clients.
extension PluginWebExtensions {
    public func providers() async -> [ExtensionProvider] {
        contributionsSnapshot().sorted { $0.key < $1.key }.flatMap { plugin, contributed in
            contributed.providers.map { ExtensionProvider(plugin: plugin, id: $0.id, name: $0.name) }
        }
    }

    public func providerInstances(_ provider: ExtensionProvider) async throws -> [ProviderInstance] {
        try await providerListings.listing(for: Self.listingKey(provider), name: provider.name) { try await self.listInstances(of: provider) }
    }

    public func cachedProviderInstances(_ provider: ExtensionProvider) -> Result<[ProviderInstance], any Error>? {
        providerListings.finished(for: Self.listingKey(provider)) { try await self.listInstances(of: provider) }
    }

    public func providerChoices(_ provider: ExtensionProvider) async throws -> ExtensionProviderChoices {
        try await calling(provider) { client in
            ExtensionProviderChoices(sizes: try await client.sizes(), images: try await client.images())
        }
    }

    public func createProviderInstance(_ request: ProviderCreateRequest, on provider: ExtensionProvider) async throws {
        defer { forgetListing(of: provider) }
        _ = try await calling(provider) { try await $0.create(request) }
    }

    public func performProviderAction(_ action: ProviderAction, instance: String, on provider: ExtensionProvider) async throws {
        defer { forgetListing(of: provider) }
        try await calling(provider) { try await $0.perform(action, on: instance) }
    }

    public func deleteProviderInstance(_ instance: String, on provider: ExtensionProvider) async throws {
        defer { forgetListing(of: provider) }
        try await calling(provider) { try await $0.delete(instance) }
    }

    private func forgetListing(of provider: ExtensionProvider) {
        providerListings.remove(Self.listingKey(provider))
    }

    private static func listingKey(_ provider: ExtensionProvider) -> ProviderListingCache.Key {
        ProviderListingCache.Key(plugin: provider.plugin, provider: provider.id)
    }

    /// `list_instances()` of the provider, past the listing cache.
    private func listInstances(of provider: ExtensionProvider) async throws -> [ProviderInstance] {
        try await calling(provider) { try await $0.instances() }
    }

    /// Runs `body` with the provider's client; when the call itself failed (the plugin stopped),
    /// reads the contributions again so the stopped plugin's providers disappear.
    private func calling<Value: Sendable>(
        _ provider: ExtensionProvider, _ body: @Sendable (ProviderClient) async throws -> Value
    ) async throws -> Value {
        guard let runtime = await registry.runtime(provider.plugin) else {
            throw PluginError.unknownPlugin(id: provider.plugin, known: enabled.sorted())
        }
        do {
            return try await body(ProviderClient(runtime: runtime, provider: provider.id))
        } catch {
            if case ProviderError.callFailed? = error as? ProviderError { await refresh() }
            throw error
        }
    }
}
