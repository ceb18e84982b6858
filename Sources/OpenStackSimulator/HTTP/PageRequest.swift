/// `limit` and `marker` as Nova and Cinder read them: the default and largest page is
/// `osapi_max_limit` (1000); 0 means the largest page.
struct PageRequest {
    static let maxLimit = 1000

    var limit = maxLimit
    var marker: String?

    /// Every item on one page (for versions before paging).
    static let unpaged = PageRequest(limit: .max)

    private init(limit: Int) { self.limit = limit }

    init(_ request: APIRequest) throws(APIError) {
        if let text = request.query("limit") {
            guard let value = Int(text) else { throw APIError.badRequest("limit param must be an integer") }
            guard value >= 0 else { throw APIError.badRequest("limit param must be positive") }
            limit = value == 0 ? Self.maxLimit : min(value, Self.maxLimit)
        }
        marker = request.query("marker")
    }
}
