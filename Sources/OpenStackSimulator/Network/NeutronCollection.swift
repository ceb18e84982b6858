/// Neutron's generic list behaviour: filtering by any attribute, `fields`, sorting and
/// `limit`/`marker` pagination with `<collection>_links` (Networking API ref, "Filtering and Column
/// Selection", "Pagination", "Sorting").
enum NeutronCollection {
    private static let controlParameters: Set<String> = ["limit", "marker", "fields", "sort_key", "sort_dir", "page_reverse"]

    static func list(_ request: APIRequest, collection: String, items: [JSON]) throws(APIError) -> APIResponse {
        var matching = items.filter { item in
            request.query.allSatisfy { name, value in
                controlParameters.contains(name) || matches(item[name], value, all: request.queryAll(name))
            }
        }
        let paginated = request.query("limit") != nil || request.query("marker") != nil
        if let sortKey = request.query("sort_key") {
            let descending = request.query("sort_dir") == "desc"
            matching.sort { lhs, rhs in
                let (a, b) = (lhs[sortKey].map(sortText) ?? "", rhs[sortKey].map(sortText) ?? "")
                return descending ? a > b : a < b
            }
        } else if paginated {
            matching.sort { ($0["id"]?.stringValue ?? "") < ($1["id"]?.stringValue ?? "") }
        }
        if let marker = request.query("marker") {
            guard let index = matching.firstIndex(where: { $0["id"]?.stringValue == marker }) else {
                throw APIError.badRequest("Marker \(marker) could not be found.", neutronType: "BadRequest")
            }
            matching = Array(matching[(index + 1)...])
        }
        var page = matching
        var limit: Int?
        if let text = request.query("limit") {
            guard let value = Int(text), value >= 0 else {
                throw APIError.badRequest("Bad limit request: Limit must be an integer 0 or greater and not '\(text)'.")
            }
            if value > 0 {
                limit = value
                page = Array(matching.prefix(value))
            }
        }
        let fields = request.queryAll("fields")
        if !fields.isEmpty {
            page = page.map { item in .object(fields.compactMap { name in item[name].map { (name, $0) } }) }
        }
        var body = JSON.object([(collection, .array(page))])
        if let limit {
            var links: [JSON] = []
            let url = "\(request.baseURL)\(request.path)?"
            if page.count == limit, let last = page.last?["id"]?.stringValue ?? matching.prefix(limit).last?["id"]?.stringValue {
                links.append(["href": .string(url + request.queryString(replacingMarkerWith: last)), "rel": "next"])
            }
            if request.query("marker") != nil, let first = matching.first?["id"]?.stringValue {
                links.append(["href": .string(url + request.queryString(replacingMarkerWith: first) + "&page_reverse=True"), "rel": "previous"])
            }
            body.append(collection + "_links", .array(links))
        }
        return .json(body)
    }

    /// A filter value matches a scalar attribute by its text; repeated parameters match any of them.
    private static func matches(_ attribute: JSON?, _ value: String, all: [String]) -> Bool {
        guard let attribute else { return false }
        switch attribute {
        case .string(let text): return all.contains(text)
        case .bool(let flag): return all.contains { $0.lowercased() == (flag ? "true" : "false") }
        case .int(let number): return all.contains(String(number))
        case .null: return all.contains("") || all.contains("null")
        case .array(let values): return values.contains { value in all.contains { value.stringValue == $0 } }
        default: return true
        }
    }

    private static func sortText(_ value: JSON) -> String {
        switch value {
        case .string(let text): text
        case .int(let number): zeroPadded(number)
        default: value.text
        }
    }

    /// Numbers padded so they sort correctly as text.
    private static func zeroPadded(_ number: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, 20 - digits.count)) + digits
    }
}
