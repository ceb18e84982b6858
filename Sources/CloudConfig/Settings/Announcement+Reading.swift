import Foundation

extension Announcement {
    /// The keys of one `ui.announcements` item.
    static let keys = ["level", "text", "start", "end"]

    /// Reads the `ui.announcements` list; unknown keys, a missing text, an unknown level, an
    /// unreadable time or an end before the start are errors naming the item.
    static func readList(_ value: LocatedValue) throws(CloudConfigError) -> [Announcement] {
        var announcements: [Announcement] = []
        for item in try value.list() ?? [] {
            let map = try SettingsMap(item, known: keys)
            guard let text = try map["text"]?.text(), !text.isEmpty else {
                throw item.wrongType(expected: "a map with text: the banner's words")
            }
            var announcement = Announcement(text: text)
            if let level = map["level"], let written = try level.text() {
                guard let parsed = Level(rawValue: written) else {
                    throw .invalidChoice(
                        level.location, keyPath: level.keyPath, value: written, choices: Level.allCases.map(\.rawValue))
                }
                announcement.level = parsed
            }
            if let start = map["start"] { announcement.start = try time(start) }
            if let end = map["end"] { announcement.end = try time(end) }
            if let start = announcement.start, let end = announcement.end, end <= start, let value = map["end"] {
                throw .outOfRange(
                    value.location, keyPath: value.keyPath, value: value.node.text ?? "", minimum: map["start"]?.node.text ?? "", maximum: nil)
            }
            announcements.append(announcement)
        }
        return announcements
    }

    /// An ISO 8601 date and time with a zone, such as `2026-11-28T08:00:00Z`.
    private static func time(_ value: LocatedValue) throws(CloudConfigError) -> Date? {
        guard let written = try value.text() else { return nil }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: written) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: written) { return date }
        // YAML timestamps may be written with a space instead of the T.
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: written.replacingOccurrences(of: " ", with: "T")) { return date }
        throw value.wrongType(expected: "a date and time such as 2026-11-28T08:00:00Z")
    }
}
