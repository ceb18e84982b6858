public import Foundation

/// A Glance image (Image API v2, "Show image").
///
/// Besides the core fields, images carry free-form properties (`os_distro`, `hw_disk_bus`…);
/// those with string values are collected in ``properties``.
public struct Image: Sendable, Hashable, Codable, Identifiable {
    /// The image's UUID.
    public var id: String
    /// The name.
    public var name: String?
    /// The upload status.
    public var status: ImageStatus?
    /// Who may see it.
    public var visibility: ImageVisibility?
    /// Size of the image data, in bytes.
    public var size: Int64?
    /// Size of the disk it expands to, in bytes.
    public var virtualSize: Int64?
    /// The smallest root disk it needs, in GiB.
    public var minDisk: Int?
    /// The least memory it needs, in MiB.
    public var minRAM: Int?
    /// `qcow2`, `raw`, `iso`…
    public var diskFormat: String?
    /// `bare`, `ovf`…
    public var containerFormat: String?
    /// The owning project's id.
    public var owner: String?
    /// Whether it is protected from deletion.
    public var isProtected: Bool?
    /// Whether it is hidden from default listings; since v2.7.
    public var isHidden: Bool?
    /// Tags.
    public var tags: [String]?
    /// When it was created.
    public var createdAt: Date?
    /// When it last changed.
    public var updatedAt: Date?
    /// The MD5 checksum of the data (legacy).
    public var checksum: String?
    /// Other string-valued properties, such as `os_distro` or `image_type`.
    public var properties: [String: String]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, status, visibility, size
        case virtualSize = "virtual_size"
        case minDisk = "min_disk"
        case minRAM = "min_ram"
        case diskFormat = "disk_format"
        case containerFormat = "container_format"
        case owner
        case isProtected = "protected"
        case isHidden = "os_hidden"
        case tags
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case checksum
        case properties
    }

    /// Creates an image record.
    public init(
        id: String, name: String?, status: ImageStatus?, visibility: ImageVisibility?,
        properties: [String: String] = [:]
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.visibility = visibility
        self.properties = properties
    }
}

/// An image's upload status.
public struct ImageStatus: RawRepresentable, Sendable, Hashable, Codable {
    /// The status text.
    public var rawValue: String
    /// Wraps a status text.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Record created, no data yet.
    public static let queued = ImageStatus(rawValue: "queued")
    /// Data being uploaded.
    public static let saving = ImageStatus(rawValue: "saving")
    /// Usable.
    public static let active = ImageStatus(rawValue: "active")
    /// Deactivated by an administrator.
    public static let deactivated = ImageStatus(rawValue: "deactivated")
    /// Being imported.
    public static let importing = ImageStatus(rawValue: "importing")
    /// Upload failed.
    public static let killed = ImageStatus(rawValue: "killed")
}

/// Who may see an image.
public struct ImageVisibility: RawRepresentable, Sendable, Hashable, Codable {
    /// The visibility text.
    public var rawValue: String
    /// Wraps a visibility text.
    public init(rawValue: String) { self.rawValue = rawValue }
    /// Everyone.
    public static let `public` = ImageVisibility(rawValue: "public")
    /// The owner only.
    public static let `private` = ImageVisibility(rawValue: "private")
    /// The owner and the projects it is shared with.
    public static let shared = ImageVisibility(rawValue: "shared")
    /// Everyone, but hidden from default listings.
    public static let community = ImageVisibility(rawValue: "community")
    /// In a query: all images the caller may see.
    public static let all = ImageVisibility(rawValue: "all")
}
