import ExosphereCore
import Foundation
import Localization

/// "just now", "5 minutes ago", "2 hours ago", "3 days ago", in the reader's language.
enum RelativeTime {
    /// How long before `now` `time` was, in words; a time in the future reads as "just now".
    static func words(_ time: Date, now: Date, localizer: any MessageLocalizer) -> String {
        // A cloud's timestamp may be anything: keep the difference finite and within Int.
        let interval = now.timeIntervalSince(time)
        let seconds = interval.isFinite ? Int(min(max(interval, 0), 1e15)) : 0
        switch seconds {
        case ..<60:
            return localizer.text(LocalizableMessage("just now"))
        case ..<3_600:
            return localizer.text(LocalizableMessage("{count} minute ago"), plural: "{count} minutes ago", count: seconds / 60)
        case ..<86_400:
            return localizer.text(LocalizableMessage("{count} hour ago"), plural: "{count} hours ago", count: seconds / 3_600)
        default:
            return localizer.text(LocalizableMessage("{count} day ago"), plural: "{count} days ago", count: seconds / 86_400)
        }
    }

    /// `time` for `<time datetime>`: ISO 8601 in UTC, such as `2026-12-03T10:59:44Z`, written by
    /// the same cheap formatter as the CLI's JSON (the dashboard writes dozens per request).
    static func machineReadable(_ time: Date) -> String {
        Timestamp.text(time)
    }
}
