public import Foundation

/// Filters and paging for `GET /servers/detail` (Compute API reference, "List Servers Detailed").
public struct ServerListQuery: Sendable, Hashable {
    /// Servers whose name matches this regular expression.
    public var name: String?
    /// Servers in this status.
    public var status: ServerStatus?
    /// Servers changed at or after this time (deleted ones included).
    public var changesSince: Date?
    /// Servers changed before this time; since 2.66.
    public var changesBefore: Date?
    /// Servers with this flavor id.
    public var flavorID: String?
    /// Servers booted from this image id.
    public var imageID: String?
    /// Servers with an IPv4 address matching this regular expression.
    public var ip: String?
    /// Servers carrying all these tags; since 2.26.
    public var tags: [String]
    /// Servers of every project (admins only).
    public var allTenants: Bool?
    /// Page size; `nil` leaves it to the cloud (its `max_limit`, 1,000 by default).
    public var limit: Int?
    /// Start after this server id.
    public var marker: String?
    /// Sort key such as `created_at` or `display_name`.
    public var sortKey: String?
    /// `asc` or `desc`.
    public var sortDirection: String?

    /// Creates a query; every filter is optional.
    public init(
        name: String? = nil,
        status: ServerStatus? = nil,
        changesSince: Date? = nil,
        changesBefore: Date? = nil,
        flavorID: String? = nil,
        imageID: String? = nil,
        ip: String? = nil,
        tags: [String] = [],
        allTenants: Bool? = nil,
        limit: Int? = nil,
        marker: String? = nil,
        sortKey: String? = nil,
        sortDirection: String? = nil
    ) {
        self.name = name
        self.status = status
        self.changesSince = changesSince
        self.changesBefore = changesBefore
        self.flavorID = flavorID
        self.imageID = imageID
        self.ip = ip
        self.tags = tags
        self.allTenants = allTenants
        self.limit = limit
        self.marker = marker
        self.sortKey = sortKey
        self.sortDirection = sortDirection
    }

    var items: [QueryItem] {
        var query = QueryBuilder()
        query.add("name", name)
        query.add("status", status?.rawValue)
        query.add("changes-since", changesSince)
        query.add("changes-before", changesBefore)
        query.add("flavor", flavorID)
        query.add("image", imageID)
        query.add("ip", ip)
        query.add("tags", tags.isEmpty ? nil : tags.joined(separator: ","))
        query.add("all_tenants", allTenants)
        query.add("limit", limit)
        query.add("marker", marker)
        query.add("sort_key", sortKey)
        query.add("sort_dir", sortDirection)
        return query.items
    }
}

/// What to change with `PUT /servers/{server_id}` ("Update Server").
public struct ServerUpdateRequest: Sendable, Hashable, Encodable {
    /// A new name.
    public var name: String?
    /// A new description; since 2.19.
    public var description: String?
    /// A new guest host name; since 2.90.
    public var hostname: String?

    /// Creates a request; fields left `nil` are not changed.
    public init(name: String? = nil, description: String? = nil, hostname: String? = nil) {
        self.name = name
        self.description = description
        self.hostname = hostname
    }
}
