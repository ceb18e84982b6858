import ExosphereCore
import Foundation
import HummingbirdTesting
import Localization
import NIOCore
import Testing

@testable import WebUI

/// The dashboard's usage bars (from the quota cache) and recent activity (from the live store's
/// events, in a ring buffer).
@Suite("Dashboard usage and recent activity")
struct DashboardSectionsTests {
    static let project = ProjectSummary(cloud: "cloud0", id: "p0", name: "genomics")
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func instance(_ name: String, _ status: String) -> Instance {
        Instance(id: "id-" + name, name: name, status: status, project: project)
    }

    static func usage(instances: Int) -> QuotaUsage {
        QuotaUsage(
            project: project,
            entries: [
                QuotaEntry(resource: .instances, used: instances, limit: 10), QuotaEntry(resource: .cores, used: 8, limit: 16),
                QuotaEntry(resource: .ram, used: 2048, limit: nil), QuotaEntry(resource: .networks, used: 1, limit: 5),
            ])
    }

    static let ages: [(TimeInterval, String)] = [
        (0, "just now"), (59, "just now"), (60, "1 minute ago"), (150, "2 minutes ago"), (3_600, "1 hour ago"),
        (7_259, "2 hours ago"), (259_200, "3 days ago"), (-30, "just now"),
    ]

    @Test("relative times read as words, in the reader's plural", arguments: ages)
    func relativeTimes(seconds: TimeInterval, words: String) {
        let time = Self.start.addingTimeInterval(-seconds)
        #expect(RelativeTime.words(time, now: Self.start, localizer: SourceLanguageLocalizer()) == words)
    }

    @Test("the dashboard shows bars with text for each project and the recent activity, newest first")
    func rendered() throws {
        let localizer = SourceLanguageLocalizer()
        let renderer = try TemplateRenderer(directory: TestWebApp.resources.templates, reloads: false)
        let other = ProjectSummary(cloud: "cloud0", id: "p1", name: "<b>astro</b>")
        var page = DashboardPage(
            instances: Listing(items: [Self.instance("lab", "ACTIVE")]), cloudNames: ["cloud0"], localizer: localizer)
        page.showUsage(
            [
                QuotaCache.Known(project: other, usage: nil, failed: false),
                QuotaCache.Known(project: Self.project, usage: Self.usage(instances: 5), failed: false),
            ], localizer: localizer)
        var activity = RecentActivity(capacity: 10)
        activity.record(.init(kind: .launched, instance: Self.instance("lab", "BUILD"), project: Self.project, time: Self.start))
        activity.record(
            .init(kind: .changedState(from: "BUILD"), instance: Self.instance("lab", "ACTIVE"), project: Self.project, time: Self.start + 240))
        activity.record(.init(kind: .refreshFailed(reason: "<timeout>"), instance: nil, project: other, time: Self.start + 290))
        page.showActivity(activity.newestFirst, now: Self.start + 300, localizer: localizer)
        let chrome = PageChrome(
            appTitle: "Exosphere", pageTitle: "Dashboard", lang: "en", colorMode: "auto", themeCSS: "/theme/default.css", logo: nil,
            favicon: nil, csrf: "t", section: .dashboard, notice: nil, multiUser: false)
        let html = try renderer.render(body: "dashboard", page: page, chrome: chrome, localizer: localizer)

        #expect(!html.contains(" style="))
        #expect(!html.contains("<b>astro</b>"))
        // Projects in name order: "<b>astro</b>" sorts before "genomics"; its first read is under way.
        #expect(html.contains("<h3 id=\"usage-0\">&lt;b&gt;astro&lt;/b&gt;"))
        #expect(html.contains("Reading the quota…"))
        #expect(html.contains("<meter min=\"0\" max=\"100\" high=\"90\" value=\"50\" aria-label=\"Instances\">50%</meter> 5 of 10 used"))
        #expect(html.contains("value=\"50\" aria-label=\"Processor cores\""))
        #expect(html.contains("2048 MiB used, no limit"))
        // Only the dashboard's resources; networks are on the Quotas page.
        #expect(!html.contains("aria-label=\"Networks\""))

        let failure = try #require(html.range(of: "Project &lt;b&gt;astro&lt;/b&gt; on cloud0 could not be refreshed: &lt;timeout&gt;"))
        let change = try #require(html.range(of: "lab went from Building to Ready."))
        let launch = try #require(html.range(of: "lab was launched in genomics."))
        #expect(failure.lowerBound < change.lowerBound && change.lowerBound < launch.lowerBound)
        #expect(html.contains("<time class=\"muted\" datetime=\"2027-01-15T08:04:00Z\">1 minute ago</time>"))
        #expect(html.contains("5 minutes ago"))
        #expect(html.contains("href=\"/instances/cloud0/id-lab\""))
    }

    @Test("quotas are read while the store's first listings arrive, so the first dashboard already has bars")
    func quotasReadAtWarmUp() async throws {
        try await SimulatedCloud.with { endpoint in
            let workspace = try LiveStateTests.workspace(endpoint)
            let app = try TestWebApp.make(workspace: workspace)
            try await app.application().test(.router) { client in
                _ = await workspace.instances()
                await workspace.quotaCache().settle()
                var browser = TestBrowser(client)
                let page = String(buffer: try await browser.get("/").body)
                #expect(page.components(separatedBy: "aria-label=\"Instances\"").count - 1 == 3, "one bar per demo project")
                #expect(!page.contains("Reading the quota"))
            }
            await app.close()
        }
    }
}
