/// A place instances live that is not an OpenStack cloud: a provider a plugin registered (EC2,
/// a batch system…). Whatever runs it, the core lists its instances beside the clouds' (see
/// ``ProviderListing``) and the front ends show them in the same lists.
///
/// OpenStack clouds are not reached through this protocol: their instances come with projects,
/// task states and typed addresses, are watched live and are acted on through the feature
/// services of ``CloudSession``; this is the smaller shape every other provider can meet.
///
/// A conforming type answers each call itself or throws an error that says what happened (a
/// ``Localization/UserFacingError`` where it can); it never traps on a provider's answer.
public protocol InstanceProvider: Sendable {
    /// Who it is: its plugin, its id and the name people see.
    var identity: ProviderIdentity { get }
    /// Every instance it holds now.
    func listInstances() async throws -> [ProviderInstance]
    /// The last listing at hand, without asking the provider again; `nil` when there is none and
    /// the caller should wait for ``listInstances()``.
    func cachedInstances() -> Result<[ProviderInstance], any Error>?
    /// The sizes and images it offers for new instances.
    func choices() async throws -> ProviderChoices
    /// Creates an instance.
    func create(_ request: ProviderCreateRequest) async throws
    /// Starts, stops or reboots the instance with id `instance`.
    func perform(_ action: ProviderAction, on instance: String) async throws
    /// Deletes the instance with id `instance`.
    func deleteInstance(_ instance: String) async throws
}

extension InstanceProvider {
    /// No listing is kept: every caller asks the provider.
    public func cachedInstances() -> Result<[ProviderInstance], any Error>? { nil }
}

/// Which provider: the plugin that registered it, its id there, and its display name (the
/// "cloud" its instances are shown under).
public struct ProviderIdentity: Sendable, Hashable, Codable {
    /// The plugin's id.
    public var plugin: String
    /// The provider's id within the plugin.
    public var id: String
    /// Its display name.
    public var name: String

    /// Creates an identity.
    public init(plugin: String, id: String, name: String) {
        self.plugin = plugin
        self.id = id
        self.name = name
    }

    /// Where its instances stand in the clouds' listing: under its name as the cloud, in a project
    /// with no id and no name (providers have none).
    public var project: ProjectSummary {
        ProjectSummary(cloud: name, id: "", name: "")
    }
}

/// The sizes and images a provider offers for new instances.
public struct ProviderChoices: Sendable, Hashable {
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
