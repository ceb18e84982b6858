/// Filters and paging of `GET /servers` and `GET /servers/detail` (Compute API ref, "List Servers").
struct ServerQuery {
    var limit: Int
    var marker: String?
    var name: ServerNamePattern?
    var vmStates: [String]?
    var changesSince: Timestamp?
    var changesBefore: Timestamp?
    var flavorID: String?
    var imageID: String?
    /// True when the status filter named no known status: the answer is an empty list.
    var matchesNothing = false

    init(_ request: APIRequest) throws(APIError) {
        let page = try PageRequest(request)
        limit = page.limit
        marker = page.marker
        name = request.query("name").map(ServerNamePattern.init)
        flavorID = request.query("flavor")
        imageID = request.query("image")
        let statuses = request.queryAll("status")
        if !statuses.isEmpty {
            let states = statuses.compactMap(ServerPhase.vmStates(forStatus:)).flatMap { $0 }
            if states.isEmpty {
                // Compute API ref, "List Servers": from 2.38 an unknown status is a 400.
                if request.microversion.atLeast(2, 38) { throw APIError.badRequest("Invalid status value") }
                matchesNothing = true
            }
            vmStates = states
        }
        changesSince = try Self.time(request, "changes-since")
        if request.microversion.atLeast(2, 66) { changesBefore = try Self.time(request, "changes-before") }
    }

    private static func time(_ request: APIRequest, _ name: String) throws(APIError) -> Timestamp? {
        guard let text = request.query(name) else { return nil }
        guard let time = Timestamp(iso: text) else {
            throw APIError.badRequest(
                "Invalid input for query parameters \(name). Value: \(text). '\(text)' is not a 'date-time'")
        }
        return time
    }

    /// Whether a server passes the filters. Deleted servers only show up with `changes-since`.
    func matches(_ server: ServerRecord, projectID: String, now: Timestamp) -> Bool {
        guard server.projectID == projectID else { return false }
        let phase = server.phase(at: now)
        if phase.vmState == "deleted", changesSince == nil { return false }
        if let vmStates, !vmStates.contains(phase.vmState) { return false }
        if let changesSince, server.updated(at: now) < changesSince { return false }
        if let changesBefore, server.updated(at: now) > changesBefore { return false }
        if let flavorID, phase.flavorID != flavorID { return false }
        if let imageID, server.imageID != imageID { return false }
        if let name, !name.matches(server.name) { return false }
        return true
    }
}
