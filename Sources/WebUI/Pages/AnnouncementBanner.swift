import CloudConfig
import Foundation

/// An operator announcement as the layout shows it: its text, level and the id the dismiss form
/// sends back.
struct AnnouncementBanner: Sendable, Hashable {
    var id: String
    var text: String
    var level: String
    /// Critical banners interrupt screen readers (`role="alert"`); others wait (`role="status"`).
    var isCritical: Bool

    /// The announcements showing at `now`, without those this session dismissed.
    static func current(_ announcements: [Announcement], at now: Date, dismissed: Set<String>) -> [AnnouncementBanner] {
        announcements.filter { $0.isActive(at: now) && !dismissed.contains($0.id) }.map {
            AnnouncementBanner(id: $0.id, text: $0.text, level: $0.level.rawValue, isCritical: $0.level == .critical)
        }
    }
}
