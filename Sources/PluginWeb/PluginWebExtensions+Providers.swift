public import ExosphereCore
import PluginHost
import PluginModel
import WebUI

/// The providers plugins registered, handed to the core as instance providers.
extension PluginWebExtensions {
    public func instanceProviders() async -> [any InstanceProvider] {
        contributionsSnapshot().sorted { $0.key < $1.key }.flatMap { plugin, contributed in
            contributed.providers.map { ListedPluginProvider(identity: ProviderIdentity(plugin: plugin, id: $0.id, name: $0.name), extensions: self) }
        }
    }
}

/// One provider of a running plugin. Listings go through the extensions' listing cache, so many
/// pages asked for at once call `list_instances` about once; a change forgets the listing, so
/// the next page shows it. Each call finds the plugin's runtime anew, since a plugin may have
/// been restarted since the provider was handed out.
struct ListedPluginProvider: InstanceProvider {
    let identity: ProviderIdentity
    let extensions: PluginWebExtensions

    func listInstances() async throws -> [ProviderInstance] {
        try await extensions.providerListings.listing(for: listingKey, name: identity.name) { try await self.listPastCache() }
    }

    func cachedInstances() -> Result<[ProviderInstance], any Error>? {
        extensions.providerListings.finished(for: listingKey) { try await self.listPastCache() }
    }

    func choices() async throws -> ProviderChoices {
        try await calling { try await $0.choices() }
    }

    func create(_ request: ProviderCreateRequest) async throws {
        defer { forgetListing() }
        try await calling { try await $0.create(request) }
    }

    func perform(_ action: ProviderAction, on instance: String) async throws {
        defer { forgetListing() }
        try await calling { try await $0.perform(action, on: instance) }
    }

    func deleteInstance(_ instance: String) async throws {
        defer { forgetListing() }
        try await calling { try await $0.deleteInstance(instance) }
    }

    private var listingKey: ProviderListingCache.Key {
        ProviderListingCache.Key(plugin: identity.plugin, provider: identity.id)
    }

    private func forgetListing() {
        extensions.providerListings.remove(listingKey)
    }

    /// `list_instances()` of the provider, past the listing cache.
    private func listPastCache() async throws -> [ProviderInstance] {
        try await calling { try await $0.listInstances() }
    }

    /// Runs `body` with the provider in the plugin's runtime as it is now; when the call itself
    /// failed (the plugin stopped), reads the contributions again so the stopped plugin's
    /// providers disappear.
    private func calling<Value: Sendable>(_ body: @Sendable (PluginInstanceProvider) async throws -> Value) async throws -> Value {
        guard let runtime = await extensions.registry.runtime(identity.plugin) else {
            throw PluginError.unknownPlugin(id: identity.plugin, known: extensions.enabled.sorted())
        }
        do {
            return try await body(PluginInstanceProvider(runtime: runtime, provider: ProviderInfo(id: identity.id, name: identity.name)))
        } catch {
            if case ProviderError.callFailed? = error as? ProviderError { await extensions.refresh() }
            throw error
        }
    }
}
