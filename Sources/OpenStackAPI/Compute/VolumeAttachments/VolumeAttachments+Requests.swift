/// What to send to attach a volume (`POST /servers/{server_id}/os-volume_attachments`).
public struct VolumeAttachRequest: Sendable, Hashable, Encodable {
    /// The volume's id.
    public var volumeID: String
    /// A device name hint.
    public var device: String?
    /// A device tag; since 2.49.
    public var tag: String?
    /// Delete the volume with the server; since 2.79.
    public var deleteOnTermination: Bool?

    enum CodingKeys: String, CodingKey {
        case volumeID = "volumeId"
        case device, tag
        case deleteOnTermination = "delete_on_termination"
    }

    /// Creates a request.
    public init(volumeID: String, device: String? = nil, tag: String? = nil, deleteOnTermination: Bool? = nil) {
        self.volumeID = volumeID
        self.device = device
        self.tag = tag
        self.deleteOnTermination = deleteOnTermination
    }
}
