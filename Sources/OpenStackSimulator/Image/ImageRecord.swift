/// A Glance image. `status` follows a timeline so a snapshot goes queued → saving → active.
struct ImageRecord: Sendable {
    var id: String
    var name: String?
    var ownerID: String
    var visibility: String
    var status: Timeline<String>
    var diskFormat: String?
    var containerFormat: String?
    /// Bytes; `nil` until data is uploaded.
    var size: Int?
    var virtualSize: Int?
    /// GiB.
    var minDisk: Int = 0
    /// MiB.
    var minRAM: Int = 0
    var checksum: String?
    var hashValue: String?
    var isProtected = false
    var isHidden = false
    var tags: [String] = []
    /// Additional properties (`os_distro`, `image_type`, `instance_uuid`...), shown as top-level keys.
    var properties: [String: String] = [:]
    var createdAt: Timestamp
    var updatedAt: Timestamp
}

/// All Glance images, in creation order.
struct ImageStore: Sendable {
    var images = RecordTable<ImageRecord>()

    /// Whether a project may see the image (Image API ref, "Images": visibility).
    func isVisible(_ image: ImageRecord, to projectID: String) -> Bool {
        switch image.visibility {
        case "public", "community": true
        default: image.ownerID == projectID
        }
    }
}
