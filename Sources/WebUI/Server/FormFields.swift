import Foundation

/// The fields of an `application/x-www-form-urlencoded` body (HTML 5, "URL-encoded form data").
struct FormFields: Sendable {
    private(set) var values: [String: String] = [:]

    init() {}

    /// Parses `body`; later fields of the same name win, malformed escapes are kept as written.
    init(parsing body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let rawName = parts.first else { continue }
            let name = Self.decode(rawName)
            values[name] = parts.count > 1 ? Self.decode(parts[1]) : ""
        }
    }

    subscript(_ name: String) -> String? { values[name] }

    /// The field trimmed of surrounding whitespace, or `nil` when absent or blank.
    func trimmed(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
