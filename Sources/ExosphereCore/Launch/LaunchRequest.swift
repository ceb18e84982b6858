/// What a person asks for when launching: everything optional but the project, each left-out
/// choice decided by ``LaunchPlanner`` and explained in the plan.
public struct LaunchRequest: Sendable, Hashable {
    /// The instance name; `nil` generates a readable one (such as `brave-otter-42`). With a count
    /// above one, instances are named `<name>-1`, `<name>-2`, ….
    public var name: String?
    /// An image name or id (a snapshot may be named too).
    public var image: String?
    /// An operator instance type (OS picker), used when no image is named.
    public var instanceType: String?
    /// A flavor name or id.
    public var flavor: String?
    /// How many instances (1 to 50).
    public var count: Int
    /// Boot from a new volume of this many GiB (deleted with the instance).
    public var bootVolumeSizeGiB: Int?
    /// Create and attach an empty volume of this many GiB to each instance.
    public var extraVolumeSizeGiB: Int?
    /// A Nova key pair to inject for the image's default user.
    public var keypair: String?
    /// The user's own OpenSSH public key for `exouser`.
    public var publicKey: String?
    /// A network name or id instead of the automatic choice.
    public var network: String?
    /// Whether to give a public IP; `nil` follows the operator's default.
    public var publicIP: Bool?
    /// Optional software to install.
    public var software: [SoftwareOption]
    /// Whether to report resource use on the console; `nil` follows the operator's default.
    public var resourceGraphs: Bool?

    /// Creates a request.
    public init(
        name: String? = nil, image: String? = nil, instanceType: String? = nil, flavor: String? = nil, count: Int = 1,
        bootVolumeSizeGiB: Int? = nil, extraVolumeSizeGiB: Int? = nil, keypair: String? = nil,
        publicKey: String? = nil, network: String? = nil, publicIP: Bool? = nil, software: [SoftwareOption] = [],
        resourceGraphs: Bool? = nil
    ) {
        self.name = name
        self.image = image
        self.instanceType = instanceType
        self.flavor = flavor
        self.count = count
        self.bootVolumeSizeGiB = bootVolumeSizeGiB
        self.extraVolumeSizeGiB = extraVolumeSizeGiB
        self.keypair = keypair
        self.publicKey = publicKey
        self.network = network
        self.publicIP = publicIP
        self.software = software
        self.resourceGraphs = resourceGraphs
    }
}
