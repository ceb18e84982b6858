import ExosphereCore
import Foundation
import Localization
import OpenStackAPI
import Testing

@testable import WebUI
import OutboundHTTP

@Suite("Page templates with empty, normal and huge data")
struct PageRenderingTests {
    let renderer: TemplateRenderer
    let localizer = SourceLanguageLocalizer()

    init() throws {
        renderer = try TemplateRenderer(directory: TestWebApp.resources.templates, reloads: false)
    }

    func chrome(_ section: PageChrome.Section = .dashboard) -> PageChrome {
        PageChrome(
            appTitle: "Exosphere", pageTitle: "Title", lang: "en", colorMode: "auto", themeCSS: "/theme/default.css?v=1",
            logo: "/theme/default/logo", favicon: nil, csrf: "token-123", section: section,
            notice: .init(text: "Saved <b>", isError: false), multiUser: false)
    }

    func listing(_ size: DataSize) -> Listing<Instance> {
        Listing(items: InstanceFixtures.make(count: size.count))
    }

    /// Checks what every page must have: one h1, the navigation, our assets, no inline script.
    func expectWellFormed(_ html: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<h1>").count == 2)
        #expect(html.contains("<script src=\"/static/app.js\" defer></script>"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains(" style="))
        #expect(html.contains("aria-current=\"page\""))
        #expect(html.contains("Saved &lt;b&gt;"))
        #expect(!html.contains("{{"))
    }

    @Test("dashboard", arguments: DataSize.allCases)
    func dashboard(size: DataSize) throws {
        let page = DashboardPage(instances: listing(size), cloudNames: ["cloud0", "cloud1"], localizer: localizer)
        let html = try renderer.render(body: "dashboard", page: page, chrome: chrome(), localizer: localizer)
        expectWellFormed(html)
        #expect(html.contains("\(size.count) instances in 2 clouds"))
        switch size {
        case .empty: #expect(html.contains("You have no instances yet."))
        case .normal, .huge:
            #expect(html.contains("Ready"))
            #expect(html.contains("Building"))
            #expect(html.contains("href=\"/instances?state=ERROR\""))
        }
        if size == .huge {
            #expect(html.contains("and \(page.moreTransitions) more"))
            #expect(html.utf8.count < 150_000)
        }
    }

    @Test("dashboard with no cloud invites adding one")
    func dashboardWithoutClouds() throws {
        let page = DashboardPage(instances: Listing(), cloudNames: [], localizer: localizer)
        let html = try renderer.render(body: "dashboard", page: page, chrome: chrome(), localizer: localizer)
        #expect(html.contains("No cloud is added yet."))
        #expect(html.contains("href=\"/clouds\""))
    }

    @Test("instance list", arguments: DataSize.allCases)
    func instanceList(size: DataSize) throws {
        let page = InstanceListPage(instances: listing(size), query: InstanceListQuery(), localizer: localizer)
        let html = try renderer.render("instances", page: page, chrome: chrome(.instances), localizer: localizer)
        expectWellFormed(html)
        let rows = html.components(separatedBy: "<td><a href=\"/instances/").count - 1
        #expect(rows == min(size.count, InstanceListQuery.pageSize))
        #expect(html.contains("Showing \(size.count) of \(size.count) instances"))
        if size == .empty { #expect(html.contains("No instance matches.")) }
        if size == .huge {
            #expect(html.contains("Page 1 of 12"))
            #expect(html.contains("rel=\"next\" href=\"/instances?page=2\""))
            #expect(html.utf8.count < 150_000)
        }
    }

    @Test("search, state filter, sort and pages narrow the list")
    func filters() throws {
        let items = listing(.huge)
        let byState = InstanceListPage(instances: items, query: InstanceListQuery(state: "ERROR"), localizer: localizer)
        #expect(byState.matching == items.items.filter { $0.status == "ERROR" }.count)
        #expect(byState.rows.allSatisfy { $0.status == "ERROR" })
        let search = InstanceListPage(instances: items, query: InstanceListQuery(search: "vm-1199"), localizer: localizer)
        #expect(search.rows.map(\.name) == ["vm-1199"])
        let newest = InstanceListPage(instances: items, query: InstanceListQuery(sort: .created), localizer: localizer)
        #expect(newest.rows.first?.name == "vm-1199")
        let last = InstanceListPage(instances: items, query: InstanceListQuery(page: 99), localizer: localizer)
        #expect(last.page == 12)
        #expect(last.rows.count == 1_200 - 11 * 100)
        #expect(last.nextURL == nil)
    }

    @Test("instance detail", arguments: [true, false])
    func instanceDetail(hasAddresses: Bool) throws {
        var instance = InstanceFixtures.make(count: 1)[0]
        if !hasAddresses { instance.addresses = [] }
        let page = InstanceDetailPage(instance: instance, localizer: localizer)
        let html = try renderer.render("instance", page: page, chrome: chrome(.instances), localizer: localizer)
        expectWellFormed(html)
        if hasAddresses {
            #expect(html.contains("value=\"ssh exouser@149.165.0.1\""))
            #expect(html.contains("public (floating)"))
        } else {
            #expect(html.contains("No address yet."))
            #expect(html.contains("Connection details appear once the instance has an address."))
        }
    }

    @Test("names are escaped, never markup")
    func escaping() throws {
        let page = InstanceListPage(instances: Listing(items: [InstanceFixtures.hostile]), query: InstanceListQuery(), localizer: localizer)
        let html = try renderer.render("instances", page: page, chrome: chrome(.instances), localizer: localizer)
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("API activity", arguments: DataSize.allCases)
    func activity(size: DataSize) throws {
        let records = (0..<size.count).map { index in
            CloudCall(
                service: "compute", method: "GET", url: "https://nova.example/v2.1/servers/detail?limit=1000&token=SECRET\(index)",
                status: index % 10 == 0 ? 503 : 200, startedAt: Date(timeIntervalSince1970: 1_700_000_000 + Double(index)),
                duration: .milliseconds(12), requestID: "req-\(index)")
        }
        let page = ActivityPage(records: records)
        let html = try renderer.render("activity", page: page, chrome: chrome(.activity), localizer: localizer)
        expectWellFormed(html)
        #expect(!html.contains("SECRET"))
        #expect(page.rows.count == min(size.count, ActivityPage.limit))
        if size == .empty { #expect(html.contains("No calls yet.")) }
        if size != .empty { #expect(html.contains("req-\(size.count - 1)")) }
        if size == .huge { #expect(html.contains("Showing the newest 500 of 1200 calls.")) }
    }

    @Test("clouds, settings, about and error pages", arguments: [true, false])
    func otherPages(filled: Bool) throws {
        let profiles = filled ? [try #require(try CloudImport.profiles(fromYAML: Self.cloudsYAML, allowingServerFiles: true).first)] : []
        let clouds = try renderer.render(
            "clouds", page: CloudsPage(profiles: profiles, multiUser: !filled, localizer: localizer), chrome: chrome(.clouds), localizer: localizer)
        expectWellFormed(clouds)
        #expect(clouds.contains("name=\"csrf\" value=\"token-123\""))
        #expect(!clouds.contains("s3cret"))
        #expect(clouds.contains(filled ? "https://keystone.example:5000/v3" : "No cloud is added yet."))
        #expect(!filled || clouds.contains("<td>password</td><td>added here</td>"))
        let settings = SettingsPage(
            themes: ["default", "high-contrast"], languages: [("en", "English")], preferences: Preferences(theme: "high-contrast"),
            defaultTheme: "default", modeLabels: [:])
        let settingsHTML = try renderer.render("settings", page: settings, chrome: chrome(.settings), localizer: localizer)
        expectWellFormed(settingsHTML)
        #expect(settingsHTML.contains("<option value=\"high-contrast\" selected>"))
        let about = try renderer.render(
            "about", page: AboutPage(text: filled ? "Run by <Research Computing>.\n\nEmail help@example.org" : "", version: "1"),
            chrome: chrome(.about), localizer: localizer)
        expectWellFormed(about)
        #expect(about.contains("Run by &lt;Research Computing&gt;.") == filled)
        let error = try renderer.render(
            "error", page: ErrorPage(status: 404, message: "There is no page.", recovery: nil), chrome: chrome(.none),
            localizer: localizer)
        #expect(error.contains("role=\"alert\""))
    }

    static let cloudsYAML = """
        clouds:
          research:
            auth:
              auth_url: https://keystone.example:5000/v3
              username: alice
              password: s3cret
              project_name: lab
              user_domain_name: Default
              project_domain_name: Default
            region_name: RegionOne
        """
}
