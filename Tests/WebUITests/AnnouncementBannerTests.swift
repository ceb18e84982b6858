import CloudConfig
import Foundation
import NIOCore
import HTTPTypes
import HummingbirdTesting
import Logging
import Testing

@testable import WebUI

@Suite("Operator announcements")
struct AnnouncementBannerTests {
    static let now = Date(timeIntervalSince1970: 1_764_316_800)

    @Test("only announcements current at that time and not dismissed are shown")
    func current() {
        let past = Announcement(text: "Past", start: Self.now.addingTimeInterval(-7200), end: Self.now.addingTimeInterval(-3600))
        let running = Announcement(level: .critical, text: "Outage", start: Self.now.addingTimeInterval(-60), end: Self.now.addingTimeInterval(60))
        let future = Announcement(text: "Future", start: Self.now.addingTimeInterval(3600))
        let dismissed = Announcement(text: "Seen")
        let banners = AnnouncementBanner.current([past, running, future, dismissed], at: Self.now, dismissed: [dismissed.id])
        #expect(banners.map(\.text) == ["Outage"])
        #expect(banners.first?.isCritical == true)
    }

    @Test("a banner shows on every page until dismissed; dismissing it lasts for the session and returns to the page")
    func dismiss() async throws {
        var configuration = TestWebApp.configuration()
        configuration.settings.ui.announcements = [Announcement(level: .warning, text: "Maintenance <Saturday>")]
        let id = configuration.settings.ui.announcements[0].id
        let app = try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.webui"))
        try await app.application().test(.router) { client in
            var browser = TestBrowser(client)
            let page = String(buffer: try await browser.get("/about").body)
            #expect(page.contains("announcement-warning"))
            #expect(page.contains("Maintenance &lt;Saturday&gt;"))
            let dismissed = try await browser.post("/announcements/dismiss", [("id", id), ("return", "/about")])
            #expect(dismissed.status == .seeOther)
            #expect(dismissed.headers[.location] == "/about")
            #expect(!String(buffer: try await browser.get("/about").body).contains("Maintenance"))

            var other = TestBrowser(client)
            #expect(String(buffer: try await other.get("/").body).contains("Maintenance"))
        }
        await app.close()
    }

    @Test("the return address must be a path on this site", arguments: [
        ("/instances?state=ACTIVE", "/instances?state=ACTIVE"), ("//evil.example/", nil), ("https://evil.example/", nil), (nil, nil),
    ])
    func localPath(written: String?, expected: String?) {
        #expect(SettingsRoutes.localPath(written) == expected)
    }
}
