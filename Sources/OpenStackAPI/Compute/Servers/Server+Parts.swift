public import Foundation

/// The flavor a server was booted with, in either shape: before 2.47 a reference
/// (`{"id": "1", "links": […]}`), from 2.47 on an embedded copy (`original_name`, sizes, extra specs).
public struct ServerFlavor: Sendable, Hashable, Codable {
    /// The flavor id; sent before 2.47 only.
    public var id: String?
    /// The flavor's name at boot time; since 2.47.
    public var originalName: String?
    /// Virtual CPUs; since 2.47.
    public var vcpus: Int?
    /// Memory in MiB; since 2.47.
    public var ram: Int?
    /// Root disk in GiB; since 2.47.
    public var disk: Int?
    /// Ephemeral disk in GiB; since 2.47.
    public var ephemeral: Int?
    /// Swap in MiB; since 2.47.
    public var swap: Int?
    /// Extra specs; since 2.47 (may be hidden by policy).
    public var extraSpecs: [String: String]?

    enum CodingKeys: String, CodingKey {
        case id
        case originalName = "original_name"
        case vcpus, ram, disk, ephemeral, swap
        case extraSpecs = "extra_specs"
    }

    /// Creates a flavor record.
    public init(
        id: String? = nil, originalName: String? = nil, vcpus: Int? = nil, ram: Int? = nil, disk: Int? = nil,
        ephemeral: Int? = nil, swap: Int? = nil, extraSpecs: [String: String]? = nil
    ) {
        self.id = id
        self.originalName = originalName
        self.vcpus = vcpus
        self.ram = ram
        self.disk = disk
        self.ephemeral = ephemeral
        self.swap = swap
        self.extraSpecs = extraSpecs
    }
}

/// The image a server was booted from.
public struct ServerImage: Sendable, Hashable, Codable {
    /// The image id.
    public var id: String

    /// Creates an image reference.
    public init(id: String) { self.id = id }
}

/// One address of a server on one network (`addresses` in the server body).
public struct ServerAddress: Sendable, Hashable, Codable {
    /// The IP address.
    public var address: String
    /// 4 or 6.
    public var version: Int?
    /// `fixed` or `floating`.
    public var type: String?
    /// The port's MAC address.
    public var macAddress: String?

    enum CodingKeys: String, CodingKey {
        case address = "addr"
        case version
        case type = "OS-EXT-IPS:type"
        case macAddress = "OS-EXT-IPS-MAC:mac_addr"
    }

    /// Creates an address.
    public init(address: String, version: Int?, type: String?, macAddress: String?) {
        self.address = address
        self.version = version
        self.type = type
        self.macAddress = macAddress
    }
}

/// A volume attached to a server, as listed in the server body.
public struct ServerAttachedVolume: Sendable, Hashable, Codable {
    /// The volume id.
    public var id: String
    /// Whether the volume is deleted with the server; since 2.3.
    public var deleteOnTermination: Bool?

    enum CodingKeys: String, CodingKey {
        case id
        case deleteOnTermination = "delete_on_termination"
    }

    /// Creates a record.
    public init(id: String, deleteOnTermination: Bool?) {
        self.id = id
        self.deleteOnTermination = deleteOnTermination
    }
}

/// Why a server is in `ERROR` (the server's `fault`).
public struct ServerFault: Sendable, Hashable, Codable {
    /// The HTTP-like error code.
    public var code: Int?
    /// The message.
    public var message: String?
    /// When it happened.
    public var created: Date?

    /// Creates a fault.
    public init(code: Int?, message: String?, created: Date?) {
        self.code = code
        self.message = message
        self.created = created
    }
}

/// A security group named in a server body.
public struct ServerSecurityGroup: Sendable, Hashable, Codable {
    /// The group's name.
    public var name: String

    /// Creates a reference.
    public init(name: String) { self.name = name }
}
