public import Foundation

/// A Cinder volume (Block Storage API v3, "Show a volume's details").
public struct Volume: Sendable, Hashable, Codable, Identifiable {
    /// The volume's UUID.
    public var id: String
    /// The name.
    public var name: String?
    /// The description.
    public var description: String?
    /// `creating`, `available`, `in-use`, `error`…
    public var status: String
    /// Size in GiB.
    public var size: Int
    /// Availability zone.
    public var availabilityZone: String?
    /// When it was created.
    public var createdAt: Date?
    /// When it last changed.
    public var updatedAt: Date?
    /// The volume type's name.
    public var volumeType: String?
    /// Whether it can be booted from (Cinder sends `"true"` or `"false"` as text).
    public var bootable: Bool?
    /// Whether it is encrypted.
    public var encrypted: Bool?
    /// Whether it can attach to several servers.
    public var multiattach: Bool?
    /// Where it is attached.
    public var attachments: [VolumeServerAttachment]
    /// User metadata.
    public var metadata: [String: String]?
    /// The snapshot it was made from.
    public var snapshotID: String?
    /// The volume it was cloned from.
    public var sourceVolumeID: String?
    /// The creating user's id.
    public var userID: String?
    /// The owning project's id (admin or owner).
    public var projectID: String?

    enum CodingKeys: String, CodingKey {
        case id, name, description, status, size
        case availabilityZone = "availability_zone"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
        case volumeType = "volume_type"
        case bootable, encrypted, multiattach, attachments, metadata
        case snapshotID = "snapshot_id"
        case sourceVolumeID = "source_volid"
        case userID = "user_id"
        case projectID = "os-vol-tenant-attr:tenant_id"
    }

    /// Creates a volume record.
    public init(id: String, name: String?, status: String, size: Int, attachments: [VolumeServerAttachment] = []) {
        self.id = id
        self.name = name
        self.status = status
        self.size = size
        self.attachments = attachments
    }

    /// Decodes the wire form, where `bootable` is text and `attachments` may be absent.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        status = try c.decode(String.self, forKey: .status)
        size = try c.decode(Int.self, forKey: .size)
        availabilityZone = try c.decodeIfPresent(String.self, forKey: .availabilityZone)
        createdAt = try c.decodeIfPresent(Date.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(Date.self, forKey: .updatedAt)
        volumeType = try c.decodeIfPresent(String.self, forKey: .volumeType)
        if let text = try? c.decodeIfPresent(String.self, forKey: .bootable) {
            bootable = text.lowercased() == "true"
        } else {
            bootable = try c.decodeIfPresent(Bool.self, forKey: .bootable)
        }
        encrypted = try c.decodeIfPresent(Bool.self, forKey: .encrypted)
        multiattach = try c.decodeIfPresent(Bool.self, forKey: .multiattach)
        attachments = try c.decodeIfPresent([VolumeServerAttachment].self, forKey: .attachments) ?? []
        metadata = try c.decodeIfPresent([String: String].self, forKey: .metadata)
        snapshotID = try c.decodeIfPresent(String.self, forKey: .snapshotID)
        sourceVolumeID = try c.decodeIfPresent(String.self, forKey: .sourceVolumeID)
        userID = try c.decodeIfPresent(String.self, forKey: .userID)
        projectID = try c.decodeIfPresent(String.self, forKey: .projectID)
    }
}

/// Where a volume is attached (the volume's `attachments` items).
public struct VolumeServerAttachment: Sendable, Hashable, Codable {
    /// The server's id.
    public var serverID: String?
    /// The attachment's id.
    public var attachmentID: String?
    /// The device name, such as `/dev/vdb`.
    public var device: String?
    /// When it was attached.
    public var attachedAt: Date?

    enum CodingKeys: String, CodingKey {
        case serverID = "server_id"
        case attachmentID = "attachment_id"
        case device
        case attachedAt = "attached_at"
    }

    /// Creates a record.
    public init(serverID: String?, attachmentID: String?, device: String?, attachedAt: Date? = nil) {
        self.serverID = serverID
        self.attachmentID = attachmentID
        self.device = device
        self.attachedAt = attachedAt
    }
}
