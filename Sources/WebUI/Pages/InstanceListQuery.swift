/// The list's search, filters, sort and page, as read from the query string.
struct InstanceListQuery: Sendable, Equatable {
    enum Sort: String, Sendable, CaseIterable {
        case name, status, project, created
    }

    var search: String?
    var state: String?
    var project: String?
    var sort: Sort = .name
    var page = 1

    /// Rows per page: small enough to render fast with thousands of instances.
    static let pageSize = 100

    init(search: String? = nil, state: String? = nil, project: String? = nil, sort: Sort = .name, page: Int = 1) {
        self.search = search
        self.state = state
        self.project = project
        self.sort = sort
        self.page = max(1, page)
    }

    /// The query string for this query on another page.
    func url(page: Int) -> String {
        "/instances"
            + PathComponent.query([
                ("q", search), ("state", state), ("project", project), ("sort", sort == .name ? nil : sort.rawValue),
                ("page", page == 1 ? nil : String(page)),
            ])
    }
}
