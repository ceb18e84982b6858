public import Foundation

/// A computer in the cloud, as Exosphere shows it: one Nova server with the names of the cloud and
/// project it lives in, or an instance of a plugin's provider (``provider``).
public struct Instance: Sendable, Hashable, Codable {
    /// Nova's server id.
    public var id: String
    /// The name the user gave it.
    public var name: String
    /// Nova's status (`ACTIVE`, `BUILD`, `SHUTOFF`, `SHELVED_OFFLOADED`, `ERROR`, …).
    public var status: String
    /// Nova's task state while an action is under way (`spawning`, `rebooting`, …), else `nil`.
    public var taskState: String?
    /// The project that owns it.
    public var project: ProjectSummary
    /// The flavor's name, when the cloud says (embedded from compute microversion 2.47).
    public var flavorName: String?
    /// The image it booted from; `nil` when it boots from a volume.
    public var imageID: String?
    /// Its IP addresses, fixed and floating.
    public var addresses: [InstanceAddress]
    /// The SSH keypair injected at launch, if any.
    public var keyName: String?
    /// When it was created.
    public var created: Date?
    /// Whether it is locked against changes (compute microversion 2.9 and later).
    public var locked: Bool?
    /// The plugin provider it belongs to; `nil` for an OpenStack server.
    public var provider: ProviderIdentity?

    /// Creates an instance description.
    public init(
        id: String, name: String, status: String, taskState: String? = nil, project: ProjectSummary,
        flavorName: String? = nil, imageID: String? = nil, addresses: [InstanceAddress] = [],
        keyName: String? = nil, created: Date? = nil, locked: Bool? = nil
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.taskState = taskState
        self.project = project
        self.flavorName = flavorName
        self.imageID = imageID
        self.addresses = addresses
        self.keyName = keyName
        self.created = created
        self.locked = locked
    }
}

/// One IP address of an instance.
public struct InstanceAddress: Sendable, Hashable, Codable {
    /// The network's name.
    public var network: String
    /// The address itself.
    public var address: String
    /// 4 or 6.
    public var version: Int
    /// Whether it is a floating (public) address rather than a fixed one.
    public var isFloating: Bool

    /// Creates an address.
    public init(network: String, address: String, version: Int, isFloating: Bool) {
        self.network = network
        self.address = address
        self.version = version
        self.isFloating = isFloating
    }
}
