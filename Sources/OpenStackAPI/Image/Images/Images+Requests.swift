/// Filters and paging for `GET /v2/images` (Image API v2, "List images").
public struct ImageListQuery: Sendable, Hashable {
    /// Images with exactly this name.
    public var name: String?
    /// Images with this visibility; Glance's default shows public, private and accepted shared.
    public var visibility: ImageVisibility?
    /// Images in this status.
    public var status: ImageStatus?
    /// Images owned by this project id.
    public var owner: String?
    /// Images with this tag.
    public var tag: String?
    /// Page size; Glance's default is 25 and its maximum usually 1,000.
    public var limit: Int?
    /// Start after this image id.
    public var marker: String?
    /// Sort, such as `name:asc,created_at:desc`.
    public var sort: String?

    /// Creates a query.
    public init(
        name: String? = nil, visibility: ImageVisibility? = nil, status: ImageStatus? = nil, owner: String? = nil,
        tag: String? = nil, limit: Int? = nil, marker: String? = nil, sort: String? = nil
    ) {
        self.name = name
        self.visibility = visibility
        self.status = status
        self.owner = owner
        self.tag = tag
        self.limit = limit
        self.marker = marker
        self.sort = sort
    }

    var items: [QueryItem] {
        var query = QueryBuilder()
        query.add("name", name)
        query.add("visibility", visibility?.rawValue)
        query.add("status", status?.rawValue)
        query.add("owner", owner)
        query.add("tag", tag)
        query.add("limit", limit)
        query.add("marker", marker)
        query.add("sort", sort)
        return query.items
    }
}
