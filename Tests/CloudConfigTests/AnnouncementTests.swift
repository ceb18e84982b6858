import CloudConfig
import Foundation
import Testing

struct AnnouncementTests {
    static let start = Date(timeIntervalSince1970: 1_764_316_800)  // 2025-11-28T08:00:00Z
    static let end = start.addingTimeInterval(10 * 3600)

    @Test(
        "an announcement shows from its start (inclusive) until its end (exclusive)",
        arguments: [
            (-1.0, false), (0.0, true), (3600.0, true), (10 * 3600.0 - 1, true), (10 * 3600.0, false), (86_400.0, false),
        ])
    func timing(offset: Double, shows: Bool) {
        let announcement = Announcement(level: .warning, text: "Maintenance", start: Self.start, end: Self.end)
        #expect(announcement.isActive(at: Self.start.addingTimeInterval(offset)) == shows)
    }

    @Test("without start or end an announcement always shows")
    func openEnded() {
        let announcement = Announcement(text: "News")
        #expect(announcement.isActive(at: .distantPast))
        #expect(announcement.isActive(at: .distantFuture))
    }

    @Test("the id changes with the text, so a reworded banner shows again after a dismissal")
    func identity() {
        #expect(Announcement(text: "A").id == Announcement(text: "A").id)
        #expect(Announcement(text: "A").id != Announcement(text: "B").id)
        #expect(Announcement(level: .critical, text: "A").id != Announcement(text: "A").id)
    }

    @Test("ui.announcements is read with level, text and times; level defaults to info")
    func reads() throws {
        let sandbox = try Sandbox()
        try sandbox.install("settings/announcements.yaml", at: "home/.config/exosphere/config.yaml")
        let announcements = try ExosphereSettings.load(from: sandbox.sources()).ui.announcements
        try #require(announcements.count == 2)
        #expect(announcements[0].level == .warning)
        #expect(announcements[0].text == "Storage maintenance on Saturday: volumes may be slow.")
        #expect(announcements[0].start == ISO8601DateFormatter().date(from: "2026-11-28T08:00:00Z"))
        #expect(announcements[0].end == ISO8601DateFormatter().date(from: "2026-11-28T18:00:00Z"))
        #expect(announcements[1] == Announcement(level: .info, text: "New Ubuntu 24.04 images are available."))
    }

    @Test("an unknown key, an unknown level or an end before the start is an error", arguments: ["typo", "level", "backwards"])
    func errors(fixture: String) throws {
        let sandbox = try Sandbox()
        try sandbox.install("settings/announcements-\(fixture).yaml", at: "home/.config/exosphere/config.yaml")
        #expect(throws: CloudConfigError.self) { try ExosphereSettings.load(from: sandbox.sources()) }
    }
}
