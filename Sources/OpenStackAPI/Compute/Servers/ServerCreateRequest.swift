/// Which networks a new server gets (the `networks` field of "Create Server").
public enum ServerNetworks: Sendable, Hashable {
    /// Let Nova pick or create a network (`"auto"`; since 2.37, the default before it).
    case auto
    /// No network at all (`"none"`; since 2.37).
    case none
    /// These networks or ports.
    case list([ServerNetwork])
}

/// One network attachment of a new server.
public struct ServerNetwork: Sendable, Hashable, Encodable {
    /// The network's id.
    public var uuid: String?
    /// An existing port's id.
    public var port: String?
    /// A fixed IP address to request on the network.
    public var fixedIP: String?
    /// A device tag; since 2.32.
    public var tag: String?

    enum CodingKeys: String, CodingKey {
        case uuid, port
        case fixedIP = "fixed_ip"
        case tag
    }

    /// Creates an attachment to a network or a port.
    public init(uuid: String? = nil, port: String? = nil, fixedIP: String? = nil, tag: String? = nil) {
        self.uuid = uuid
        self.port = port
        self.fixedIP = fixedIP
        self.tag = tag
    }
}

/// A block device for a new server (`block_device_mapping_v2`).
public struct BlockDeviceMapping: Sendable, Hashable, Encodable {
    /// Boot order; 0 for the boot disk, `nil` for non-bootable devices.
    public var bootIndex: Int?
    /// The source's id (image, volume or snapshot).
    public var uuid: String?
    /// `image`, `volume`, `snapshot` or `blank`.
    public var sourceType: String
    /// `volume` or `local`.
    public var destinationType: String?
    /// Size of a new volume, in GiB.
    public var volumeSize: Int?
    /// Delete the volume with the server.
    public var deleteOnTermination: Bool?
    /// The volume type of a new volume; since 2.67.
    public var volumeType: String?

    enum CodingKeys: String, CodingKey {
        case bootIndex = "boot_index"
        case uuid
        case sourceType = "source_type"
        case destinationType = "destination_type"
        case volumeSize = "volume_size"
        case deleteOnTermination = "delete_on_termination"
        case volumeType = "volume_type"
    }

    /// Creates a mapping.
    public init(
        bootIndex: Int?, uuid: String?, sourceType: String, destinationType: String?, volumeSize: Int? = nil,
        deleteOnTermination: Bool? = nil, volumeType: String? = nil
    ) {
        self.bootIndex = bootIndex
        self.uuid = uuid
        self.sourceType = sourceType
        self.destinationType = destinationType
        self.volumeSize = volumeSize
        self.deleteOnTermination = deleteOnTermination
        self.volumeType = volumeType
    }

    /// Boot from a new volume made from `imageID`, `size` GiB.
    public static func bootVolume(fromImage imageID: String, size: Int, deleteOnTermination: Bool = true)
        -> BlockDeviceMapping
    {
        BlockDeviceMapping(
            bootIndex: 0, uuid: imageID, sourceType: "image", destinationType: "volume", volumeSize: size,
            deleteOnTermination: deleteOnTermination)
    }
}

/// What to create with `POST /servers` (Compute API reference, "Create Server").
public struct ServerCreateRequest: Sendable, Hashable {
    /// The server's name.
    public var name: String
    /// The image id; `nil` when booting from a volume in ``blockDeviceMappings``.
    public var imageRef: String?
    /// The flavor id.
    public var flavorRef: String
    /// Networks; `.auto` by default.
    public var networks: ServerNetworks
    /// The key pair to inject.
    public var keyName: String?
    /// Cloud-init user data as plain text; sent base64-encoded (at most 65,535 bytes encoded).
    public var userData: String?
    /// Block devices (boot from volume, extra volumes).
    public var blockDeviceMappings: [BlockDeviceMapping]
    /// Create at least this many servers.
    public var minCount: Int?
    /// Create at most this many servers.
    public var maxCount: Int?
    /// Security group names; `nil` means the project's `default` group.
    public var securityGroups: [String]?
    /// User metadata (keys and values up to 255 characters).
    public var metadata: [String: String]
    /// Availability zone.
    public var availabilityZone: String?
    /// Description; since 2.19.
    public var description: String?
    /// Tags; since 2.52.
    public var tags: [String]?
    /// The guest host name; since 2.90.
    public var hostname: String?
    /// Attach a config drive.
    public var configDrive: Bool?

    /// Creates a request.
    public init(
        name: String,
        imageRef: String?,
        flavorRef: String,
        networks: ServerNetworks = .auto,
        keyName: String? = nil,
        userData: String? = nil,
        blockDeviceMappings: [BlockDeviceMapping] = [],
        minCount: Int? = nil,
        maxCount: Int? = nil,
        securityGroups: [String]? = nil,
        metadata: [String: String] = [:],
        availabilityZone: String? = nil,
        description: String? = nil,
        tags: [String]? = nil,
        hostname: String? = nil,
        configDrive: Bool? = nil
    ) {
        self.name = name
        self.imageRef = imageRef
        self.flavorRef = flavorRef
        self.networks = networks
        self.keyName = keyName
        self.userData = userData
        self.blockDeviceMappings = blockDeviceMappings
        self.minCount = minCount
        self.maxCount = maxCount
        self.securityGroups = securityGroups
        self.metadata = metadata
        self.availabilityZone = availabilityZone
        self.description = description
        self.tags = tags
        self.hostname = hostname
        self.configDrive = configDrive
    }
}
