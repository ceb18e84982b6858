public import Foundation

/// An operator's banner shown on every web UI page between its start and end (`ui.announcements`).
///
/// ```yaml
/// ui:
///   announcements:
///     - level: warning
///       text: Storage maintenance on Saturday; volumes may be slow.
///       start: 2026-11-28T08:00:00Z
///       end: 2026-11-28T18:00:00Z
/// ```
public struct Announcement: Sendable, Hashable {
    /// How urgent the banner is, which sets its colour and whether screen readers interrupt.
    public enum Level: String, Sendable, Hashable, CaseIterable {
        /// News, such as a new image.
        case info
        /// Something people should plan around, such as maintenance.
        case warning
        /// An outage happening now.
        case critical
    }

    /// How urgent it is (`level`, default `info`).
    public var level: Level
    /// The operator's text, shown as written (`text`, required).
    public var text: String
    /// When it starts showing (`start`, ISO 8601 with a time zone); `nil`: already.
    public var start: Date?
    /// When it stops showing (`end`, ISO 8601 with a time zone); `nil`: never.
    public var end: Date?

    /// Creates an announcement.
    public init(level: Level = .info, text: String, start: Date? = nil, end: Date? = nil) {
        self.level = level
        self.text = text
        self.start = start
        self.end = end
    }

    /// Whether it shows at `date`: on or after its start and before its end.
    public func isActive(at date: Date) -> Bool {
        if let start, date < start { return false }
        if let end, date >= end { return false }
        return true
    }

    /// A stable identifier of its content, so a person who dismissed it does not see it again in
    /// that session, and a changed text shows again.
    public var id: String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(level.rawValue)\u{0}\(text)\u{0}\(start?.timeIntervalSince1970 ?? 0)\u{0}\(end?.timeIntervalSince1970 ?? 0)".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
