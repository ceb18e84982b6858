/// A Cinder volume; `status` follows a timeline (creating → available, attaching → in-use...).
struct VolumeRecord: Sendable {
    var id: String
    var name: String?
    var description: String?
    var projectID: String
    var userID: String
    /// GiB.
    var size: Int
    var status: Timeline<String>
    var volumeType = "lvmdriver-1"
    var bootable = false
    var imageID: String?
    var attachments: [VolumeAttachmentRecord] = []
    var metadata: [String: String] = [:]
    var createdAt: Timestamp
    var updatedAt: Timestamp
}

/// One attachment of a volume to a server.
struct VolumeAttachmentRecord: Sendable {
    var id: String
    /// Nova's block device mapping id for this attachment (`bdm_uuid`, 2.89).
    var bdmID: String
    var serverID: String
    var device: String
    var attachedAt: Timestamp
}
