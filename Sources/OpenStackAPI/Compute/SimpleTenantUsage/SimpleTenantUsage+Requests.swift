public import Foundation

/// The period and paging of `GET /os-simple-tenant-usage/{tenant_id}`.
public struct TenantUsageQuery: Sendable, Hashable {
    /// The start of the period.
    public var start: Date
    /// The end of the period; Nova counts no later than its own clock.
    public var end: Date
    /// Instances per page; since 2.40 (earlier versions answer in one page).
    public var limit: Int?

    /// Creates a query for `start..<end`.
    public init(start: Date, end: Date, limit: Int? = nil) {
        self.start = start
        self.end = end
        self.limit = limit
    }

    var items: [QueryItem] {
        var query = QueryBuilder()
        // Nova parses only `%Y-%m-%dT%H:%M:%S` (optionally with a fraction) here, without a zone,
        // as UTC: the `Z` other endpoints accept is refused with "Datetime is in invalid format".
        query.add("start", OpenStackDate.formatWithoutZone(start))
        query.add("end", OpenStackDate.formatWithoutZone(end))
        query.add("limit", limit)
        return query.items
    }
}
