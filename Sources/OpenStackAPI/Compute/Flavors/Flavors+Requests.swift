/// Filters and paging for `GET /flavors/detail`.
public struct FlavorListQuery: Sendable, Hashable {
    /// Only flavors with at least this much root disk, in GiB.
    public var minDisk: Int?
    /// Only flavors with at least this much memory, in MiB.
    public var minRAM: Int?
    /// `true` public only, `false` private only, `nil` the cloud's default (public plus accessible).
    public var isPublic: Bool?
    /// Page size.
    public var limit: Int?
    /// Start after this flavor id.
    public var marker: String?

    /// Creates a query.
    public init(
        minDisk: Int? = nil, minRAM: Int? = nil, isPublic: Bool? = nil, limit: Int? = nil, marker: String? = nil
    ) {
        self.minDisk = minDisk
        self.minRAM = minRAM
        self.isPublic = isPublic
        self.limit = limit
        self.marker = marker
    }

    var items: [QueryItem] {
        var query = QueryBuilder()
        query.add("minDisk", minDisk)
        query.add("minRam", minRAM)
        query.add("is_public", isPublic)
        query.add("limit", limit)
        query.add("marker", marker)
        return query.items
    }
}
