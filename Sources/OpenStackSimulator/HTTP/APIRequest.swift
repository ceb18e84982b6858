/// One request as a handler sees it: parsed, authenticated and with its microversion settled.
struct APIRequest: Sendable {
    var method: String
    /// Full path, such as `/compute/v2.1/servers/detail`.
    var path: String
    /// Decoded query parameters in order.
    var query: [(String, String)]
    /// Header values by lower-case name.
    var headers: [String: String]
    /// Path parameters by name.
    var parameters: [String: String]
    var body: JSON?
    /// The fields of an HTML form's post (`application/x-www-form-urlencoded`), in order; such a
    /// body is not JSON. Only the simulated identity provider's sign-in page posts one.
    var form: [(String, String)] = []
    /// `http://127.0.0.1:PORT`.
    var baseURL: String
    /// The caller's token, for authenticated routes.
    var token: TokenRecord?
    var microversion: Microversion
    var now: Timestamp

    func header(_ name: String) -> String? { headers[name.lowercased()] }

    func parameter(_ name: String) -> String { parameters[name] ?? "" }

    /// The last value of a query parameter.
    func query(_ name: String) -> String? { query.last { $0.0 == name }?.1 }

    /// The last value of a form field.
    func formField(_ name: String) -> String? { form.last { $0.0 == name }?.1 }

    /// Every value of a query parameter.
    func queryAll(_ name: String) -> [String] { query.filter { $0.0 == name }.map(\.1) }

    /// The caller's project; authenticated routes only run with a project-scoped token.
    var projectID: String { token?.projectID ?? "" }

    /// The caller's user id.
    var userID: String { token?.userID ?? "" }

    /// The query string rebuilt with `marker` replaced, for `next` links.
    func queryString(replacingMarkerWith marker: String) -> String {
        var pairs = query.filter { $0.0 != "marker" }
        pairs.append(("marker", marker))
        return pairs.map { Self.escape($0.0) + "=" + Self.escape($0.1) }.joined(separator: "&")
    }

    /// Percent-encodes everything but unreserved characters.
    static func escape(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
                UInt8(ascii: "~"), UInt8(ascii: ":"):
                out.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}

/// A handler's answer.
struct APIResponse: Sendable {
    enum Body: Sendable {
        case none
        case json(JSON)
        /// JSON built after the world lock is released, from snapshots the closure captured.
        case deferred(@Sendable () -> JSON)
        case text(String, contentType: String)
    }

    var status: Int
    var headers: [(String, String)] = []
    var body: Body

    static func json(_ body: JSON, status: Int = 200, headers: [(String, String)] = []) -> APIResponse {
        APIResponse(status: status, headers: headers, body: .json(body))
    }

    /// An answer whose JSON `render` builds outside the world lock; capture only copied records.
    static func deferred(status: Int = 200, headers: [(String, String)] = [], _ render: @escaping @Sendable () -> JSON) -> APIResponse {
        APIResponse(status: status, headers: headers, body: .deferred(render))
    }

    static func empty(_ status: Int, headers: [(String, String)] = []) -> APIResponse {
        APIResponse(status: status, headers: headers, body: .none)
    }
}

/// A route handler: runs under the world lock, so it must not wait; large answers should copy
/// what they need and render it with ``APIResponse/deferred(status:headers:_:)``.
typealias APIHandler = @Sendable (APIRequest, inout World) throws(APIError) -> APIResponse
