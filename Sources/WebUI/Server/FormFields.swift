import Foundation

/// The fields of an `application/x-www-form-urlencoded` body (HTML 5, "URL-encoded form data"),
/// or the text fields of a multipart one.
struct FormFields: Sendable {
    private(set) var values: [String: String] = [:]
    /// Every value of each name, in order, for fields sent more than once (checkboxes).
    private var lists: [String: [String]] = [:]

    init() {}

    /// Parses `body`; later fields of the same name win, malformed escapes are kept as written.
    init(parsing body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let rawName = parts.first else { continue }
            append(Self.decode(rawName), parts.count > 1 ? Self.decode(parts[1]) : "")
        }
    }

    /// Adds a field; a later field of the same name wins for ``subscript(_:)``.
    mutating func append(_ name: String, _ value: String) {
        values[name] = value
        lists[name, default: []].append(value)
    }

    /// Every value sent for `name`, in order (several checkboxes of one name).
    func all(_ name: String) -> [String] { lists[name] ?? [] }

    subscript(_ name: String) -> String? { values[name] }

    /// The field trimmed of surrounding whitespace, or `nil` when absent or blank.
    func trimmed(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// The field as a whole number from 1 to `maximum`, or `nil` when absent or blank.
    ///
    /// - Throws: ``WebUIError/numberOutOfRange(field:maximum:)`` for anything else, so a number
    ///   is bounded where it enters and no later sum or product of it can overflow.
    func positiveNumber(_ name: String, maximum: Int) throws(WebUIError) -> Int? {
        guard let raw = trimmed(name) else { return nil }
        guard let value = Int(raw), value >= 1, value <= maximum else { throw .numberOutOfRange(field: name, maximum: maximum) }
        return value
    }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
