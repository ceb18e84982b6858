public import PluginModel

/// A non-OpenStack provider an extension registered, shown beside OpenStack clouds.
public struct ExtensionProvider: Sendable, Hashable {
    /// The extension (plugin) id.
    public var plugin: String
    /// The provider's id within the plugin.
    public var id: String
    /// Its display name, used as the cloud name of its instances.
    public var name: String

    /// Creates a provider.
    public init(plugin: String, id: String, name: String) {
        self.plugin = plugin
        self.id = id
        self.name = name
    }

    /// Its page, `/providers/<plugin>/<provider>`.
    public var url: String {
        "/providers/" + PathComponent.encode(plugin) + "/" + PathComponent.encode(id)
    }
}

/// The sizes and images a provider offers for new instances.
public struct ExtensionProviderChoices: Sendable, Hashable {
    /// Its sizes.
    public var sizes: [ProviderSize]
    /// Its images.
    public var images: [ProviderImage]

    /// Creates choices.
    public init(sizes: [ProviderSize], images: [ProviderImage]) {
        self.sizes = sizes
        self.images = images
    }
}

/// Extensions without providers: the web UI shows no provider anywhere.
extension WebExtensions {
    public func providers() async -> [ExtensionProvider] { [] }

    public func providerInstances(_ provider: ExtensionProvider) async throws -> [ProviderInstance] {
        throw WebUIError.notFound(provider.url)
    }

    public func providerChoices(_ provider: ExtensionProvider) async throws -> ExtensionProviderChoices {
        throw WebUIError.notFound(provider.url)
    }

    public func createProviderInstance(_ request: ProviderCreateRequest, on provider: ExtensionProvider) async throws {
        throw WebUIError.notFound(provider.url)
    }

    public func performProviderAction(_ action: ProviderAction, instance: String, on provider: ExtensionProvider) async throws {
        throw WebUIError.notFound(provider.url)
    }

    public func deleteProviderInstance(_ instance: String, on provider: ExtensionProvider) async throws {
        throw WebUIError.notFound(provider.url)
    }
}
