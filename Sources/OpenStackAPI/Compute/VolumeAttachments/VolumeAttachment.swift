/// A volume attached to a server (Compute API reference, "Servers with volume attachments").
public struct VolumeAttachment: Sendable, Hashable, Codable {
    /// The attachment's id (equal to the volume id); removed in 2.89.
    public var id: String?
    /// The server's id.
    public var serverID: String
    /// The volume's id.
    public var volumeID: String
    /// The device name, such as `/dev/vdb` (hypervisors may ignore it).
    public var device: String?
    /// The device tag; since 2.70.
    public var tag: String?
    /// Whether the volume is deleted with the server; since 2.79.
    public var deleteOnTermination: Bool?
    /// The Cinder attachment id; since 2.89.
    public var attachmentID: String?

    enum CodingKeys: String, CodingKey {
        case id
        case serverID = "serverId"
        case volumeID = "volumeId"
        case device, tag
        case deleteOnTermination = "delete_on_termination"
        case attachmentID = "attachment_id"
    }

    /// Creates a record.
    public init(id: String? = nil, serverID: String, volumeID: String, device: String? = nil) {
        self.id = id
        self.serverID = serverID
        self.volumeID = volumeID
        self.device = device
    }
}
