public import Foundation
import OpenStackAPI

/// How Exosphere writes a time for machines: ISO 8601 in UTC to the second, such as
/// `2026-12-03T10:59:44Z`, as in the CLI's JSON and the web UI's `<time datetime>`.
public enum Timestamp {
    /// `date` as ISO 8601 text, by the same cheap formatter that writes times to OpenStack (a
    /// dashboard writes dozens per request; `ISO8601DateFormatter` costs several times more).
    public static func text(_ date: Date) -> String {
        OpenStackDate.format(date)
    }
}
