/// A parsed gettext `.po` (or `.pot`) file: its header fields and its entries.
public struct POFile: Sendable, Hashable {
    /// The file's path, as given to the reader; used in error messages.
    public var path: String
    /// The header entry's `Name: value` fields, such as `Language` and `Plural-Forms`; empty when
    /// the file has no header or its header is fuzzy.
    public var header: [String: String]
    /// The entries other than the header, in file order (obsolete `#~` entries are left out).
    public var entries: [POEntry]

    /// Creates a file from its parts.
    public init(path: String, header: [String: String], entries: [POEntry]) {
        self.path = path
        self.header = header
        self.entries = entries
    }

    /// Reads the header fields from the header entry's text (`Name: value` lines).
    static func headerFields(_ text: String) -> [String: String] {
        var fields: [String: String] = [:]
        for line in text.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingSpaces
            let value = line[line.index(after: colon)...].trimmingSpaces
            if !name.isEmpty { fields[name] = value }
        }
        return fields
    }
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let isSpace = { (character: Character) in character == " " || character == "\t" || character == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
