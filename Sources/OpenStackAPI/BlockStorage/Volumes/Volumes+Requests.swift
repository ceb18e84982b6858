/// Filters and paging for `GET /volumes/detail`.
public struct VolumeListQuery: Sendable, Hashable {
    /// Volumes with this name.
    public var name: String?
    /// Volumes in this status.
    public var status: String?
    /// Volumes of every project (admins only).
    public var allTenants: Bool?
    /// Page size.
    public var limit: Int?
    /// Start after this volume id.
    public var marker: String?
    /// Sort, such as `created_at:desc`.
    public var sort: String?

    /// Creates a query.
    public init(
        name: String? = nil, status: String? = nil, allTenants: Bool? = nil, limit: Int? = nil, marker: String? = nil,
        sort: String? = nil
    ) {
        self.name = name
        self.status = status
        self.allTenants = allTenants
        self.limit = limit
        self.marker = marker
        self.sort = sort
    }

    var items: [QueryItem] {
        var query = QueryBuilder()
        query.add("name", name)
        query.add("status", status)
        query.add("all_tenants", allTenants)
        query.add("limit", limit)
        query.add("marker", marker)
        query.add("sort", sort)
        return query.items
    }
}

/// What to send to `POST /volumes` (Block Storage API v3, "Create a volume").
public struct VolumeCreateRequest: Sendable, Hashable, Encodable {
    /// Size in GiB.
    public var size: Int
    /// The name.
    public var name: String?
    /// A description.
    public var description: String?
    /// The volume type's name or id.
    public var volumeType: String?
    /// Availability zone.
    public var availabilityZone: String?
    /// Create from this image id (makes it bootable).
    public var imageRef: String?
    /// Create from this snapshot id.
    public var snapshotID: String?
    /// Clone this volume id.
    public var sourceVolumeID: String?
    /// User metadata.
    public var metadata: [String: String]?

    enum CodingKeys: String, CodingKey {
        case size, name, description
        case volumeType = "volume_type"
        case availabilityZone = "availability_zone"
        case imageRef
        case snapshotID = "snapshot_id"
        case sourceVolumeID = "source_volid"
        case metadata
    }

    /// Creates a request.
    public init(
        size: Int, name: String? = nil, description: String? = nil, volumeType: String? = nil,
        availabilityZone: String? = nil, imageRef: String? = nil, snapshotID: String? = nil,
        sourceVolumeID: String? = nil, metadata: [String: String]? = nil
    ) {
        self.size = size
        self.name = name
        self.description = description
        self.volumeType = volumeType
        self.availabilityZone = availabilityZone
        self.imageRef = imageRef
        self.snapshotID = snapshotID
        self.sourceVolumeID = sourceVolumeID
        self.metadata = metadata
    }
}
