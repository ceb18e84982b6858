/// A Cinder attachment record (Block Storage API v3, "Attachments", since 3.27).
public struct BlockStorageAttachment: Sendable, Hashable, Codable, Identifiable {
    /// The attachment's id.
    public var id: String
    /// `attached`, `attaching`, `detached`, `reserved`…
    public var status: String?
    /// The server's id.
    public var instance: String?
    /// The volume's id.
    public var volumeID: String?

    enum CodingKeys: String, CodingKey {
        case id, status, instance
        case volumeID = "volume_id"
    }

    /// Creates a record.
    public init(id: String, status: String?, instance: String?, volumeID: String?) {
        self.id = id
        self.status = status
        self.instance = instance
        self.volumeID = volumeID
    }
}
