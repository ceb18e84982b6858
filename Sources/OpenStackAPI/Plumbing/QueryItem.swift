import Foundation

/// One `name=value` pair of a query string.
struct QueryItem: Sendable, Hashable {
    var name: String
    var value: String

    init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

/// Builds query items from optional values, skipping `nil`s.
struct QueryBuilder {
    private(set) var items: [QueryItem] = []

    mutating func add(_ name: String, _ value: String?) {
        if let value { items.append(QueryItem(name, value)) }
    }

    mutating func add(_ name: String, _ value: Int?) {
        add(name, value.map(String.init))
    }

    mutating func add(_ name: String, _ value: Bool?) {
        add(name, value.map { $0 ? "true" : "false" })
    }

    mutating func add(_ name: String, _ value: Date?) {
        add(name, value.map(OpenStackDate.format))
    }

    mutating func add(_ name: String, _ values: [String]) {
        for value in values { items.append(QueryItem(name, value)) }
    }
}

enum URLEncoding {
    // RFC 3986 unreserved characters, ASCII only.
    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// Encodes one path segment or query component; `/`, `+`, `:` and spaces are escaped too, so
    /// names such as `my key` or timestamps with `+00:00` arrive intact.
    static func component(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    static func query(_ items: [QueryItem]) -> String {
        items.map { component($0.name) + "=" + component($0.value) }.joined(separator: "&")
    }

    /// The URL as text without user name or password, for logs and the activity panel.
    static func redacted(_ url: URL) -> String {
        guard url.user != nil || url.password != nil,
            var components = URLComponents(url: url, resolvingAgainstBaseURL: false)
        else { return url.absoluteString }
        components.user = nil
        components.password = nil
        return components.string ?? url.absoluteString
    }

    /// Query items of a URL or of a relative reference such as `/v2/images?marker=x`.
    static func queryItems(of reference: String) -> [QueryItem] {
        guard let components = URLComponents(string: reference) else { return [] }
        return (components.queryItems ?? []).map { QueryItem($0.name, $0.value ?? "") }
    }
}
