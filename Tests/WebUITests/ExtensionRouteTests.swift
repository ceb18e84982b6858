import ExosphereCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PluginModel
import Testing

@testable import WebUI

/// Extensions as fixed data, so the routes can be checked without any plugin running.
struct FixedExtensions: WebExtensions {
    var actions: [ExtensionItem] = []

    func chrome(locale: String?) -> ExtensionChrome {
        ExtensionChrome(
            links: [ExtensionLink(title: "Help", url: "https://help.example.edu"), ExtensionLink(title: "Bad", url: "javascript:x")],
            themeTokens: ["color-primary": "#8c1515", "brand-name": "Example Cloud", "logo-path": "/plugins/alloc/logo.svg"],
            languages: ["eo", "en"])
    }

    func dashboardCards(locale: String?) async -> [ExtensionItem] {
        [ExtensionItem(plugin: "alloc", id: "usage", title: "Allocation <b>"), ExtensionItem(plugin: "broken", id: "card", title: "Broken")]
    }

    func renderCard(_ card: ExtensionItem, context: ExtensionContext) async throws -> ViewNode {
        guard card.plugin == "alloc" else { throw WebUIError.invalidForm(field: "render") }
        return .stat(label: "SUs used", value: "<120>", tone: "ok")
    }

    func pages(locale: String?) async -> [ExtensionItem] {
        [ExtensionItem(plugin: "alloc", id: "usage", title: locale == "eo" ? "Asignaĵo" : "Allocation usage")]
    }

    func renderPage(_ page: ExtensionItem, context: ExtensionContext) async throws -> ViewNode { .heading("Burn-down") }

    func instanceActions(locale: String?) async -> [ExtensionItem] { actions }

    func runAction(_ action: ExtensionItem, on instance: Instance, context: ExtensionContext) async throws -> ExtensionActionOutcome {
        ExtensionActionOutcome(message: "ticket 7 for <\(instance.name)>", isError: false)
    }

    func statuses() async -> [ExtensionStatus] {
        [
            ExtensionStatus(id: "alloc", name: "Allocation", version: "0.1.0", summary: "SUs", origin: "bundled", state: .running, capabilities: ["ui: dashboard_card"]),
            ExtensionStatus(id: "broken", name: "Broken", version: "0.2.0", summary: "", origin: "user", state: .failed("init.lua:3: boom"), capabilities: []),
            ExtensionStatus(id: "off", name: "Off", version: nil, summary: "", origin: "system", state: .disabled, capabilities: []),
        ]
    }

    func cloudInitParts(instanceName: String, cloud: String) async -> [ExtensionCloudInitPart] {
        ["opted-in", "not-opted-in"].map { ExtensionCloudInitPart(plugin: $0, id: "setup", contentType: "text/x-shellscript", content: "#!/bin/sh\ntrue\n") }
    }

    func follow(_ store: InstanceStore) {}

    func asset(plugin: String, name: String) async -> ExtensionAsset? {
        plugin == "alloc" && name == "logo.svg" ? ExtensionAsset(contentType: "image/svg+xml", data: Array("<svg/>".utf8)) : nil
    }
}

@Suite struct ExtensionRouteTests {
    static func test(
        _ extensions: FixedExtensions = FixedExtensions(), _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        var configuration = TestWebApp.configuration()
        configuration.extensions = extensions
        try await TestWebApp.serve(try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.webui")), body)
    }

    @Test func theDashboardShowsCardsEscapedAndANoticeForAFailingOne() async throws {
        try await Self.test { client in
            var browser = TestBrowser(client)
            let html = String(buffer: try await browser.get("/").body)
            #expect(html.contains("<h2 id=\"card-alloc-usage-title\">Allocation &lt;b&gt;</h2>"))
            #expect(html.contains("<span class=\"ext-stat-value\">&lt;120&gt;</span>"))
            #expect(html.contains("This card could not be shown: The field render is missing or not valid."))
            #expect(html.contains("<a href=\"https://help.example.edu\" class=\"ext-top-link\">Help</a>"))
            #expect(!html.contains("javascript:"))
        }
    }

    @Test func thePluginsPageShowsEveryStateAndLinksPages() async throws {
        try await Self.test { client in
            var browser = TestBrowser(client)
            let html = String(buffer: try await browser.get("/plugins").body)
            #expect(html.contains("<span class=\"status role-success\">running</span>"))
            #expect(html.contains("<span class=\"status role-danger\">failed</span><br><span class=\"plugin-reason\">init.lua:3: boom</span>"))
            #expect(html.contains("<span class=\"status role-muted\">disabled</span>"))
            #expect(html.contains("<a href=\"/plugins/alloc/usage\">Allocation usage</a>"))
            let settings = String(buffer: try await browser.get("/settings").body)
            #expect(settings.contains("href=\"/plugins\""))
            #expect(settings.contains("<option value=\"eo\" >Esperanto</option>"))
            #expect(settings.components(separatedBy: "<option value=\"en\"").count == 2)
            let page = String(buffer: try await browser.get("/plugins/alloc/usage").body)
            #expect(page.contains("<h1>Allocation usage</h1>"))
            #expect(page.contains("<h3>Burn-down</h3>"))
            #expect(try await browser.get("/plugins/alloc/nothing").status == .notFound)
            // A language only a plugin ships can be chosen, and plugins then render in it.
            try await browser.get("/settings")
            #expect(try await browser.post("/settings", [("language", "eo")]).status == .seeOther)
            #expect(String(buffer: try await browser.get("/plugins").body).contains(">Asignaĵo</a>"))
        }
    }

    @Test func themeTokensAreAppendedToTheThemeStylesheet() async throws {
        try await Self.test { client in
            var browser = TestBrowser(client)
            let html = String(buffer: try await browser.get("/").body)
            let link = try #require(html.range(of: "href=\"/theme/default.css?v=").map { String(html[$0.upperBound...].prefix { $0 != "\"" }) })
            #expect(link.contains("-"))
            let css = String(buffer: try await browser.get("/theme/default.css?v=" + link).body)
            #expect(css.contains("--exo-color-primary: #8c1515;"))
            #expect(html.contains("<title>Dashboard · Example Cloud</title>"))
            #expect(html.contains("<img src=\"/plugins/alloc/logo.svg\""))
            let logo = try await browser.get("/plugins/alloc/logo.svg")
            #expect(logo.headers[.contentType] == "image/svg+xml")
            #expect(String(buffer: logo.body) == "<svg/>")
        }
    }

    @Test func anInstanceActionIsAFormPostWhoseResultShowsAsANotice() async throws {
        let help = ExtensionItem(plugin: "support-tickets", id: "get-help", title: "Get help")
        try await SimulatedCloud.with { endpoint in
            try await Self.test(FixedExtensions(actions: [help])) { client in
                var browser = TestBrowser(client)
                try await browser.get("/clouds")
                #expect(try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint)).status == .seeOther)
                let list = String(buffer: try await browser.get("/instances").body)
                let detailURL = try #require(list.range(of: "href=\"/instances/sim/").map { String(list[$0.lowerBound...].dropFirst(6).prefix { $0 != "\"" }) })
                let page = String(buffer: try await browser.get(detailURL).body)
                let actionURL = detailURL + "/plugin-actions/support-tickets/get-help"
                #expect(page.contains("action=\"\(actionURL)\""))
                #expect(page.contains("<button type=\"submit\" id=\"action-plugin-support-tickets-get-help\">Get help</button>"))

                #expect(try await browser.post(actionURL, [], csrf: .some(nil)).status != .seeOther)
                let posted = try await browser.post(actionURL, [])
                #expect(posted.status == .seeOther)
                #expect(posted.headers[.location] == detailURL)
                let after = String(buffer: try await browser.get(detailURL).body)
                #expect(after.contains("Get help: ticket 7 for &lt;"))
                #expect(try await browser.post(detailURL + "/plugin-actions/support-tickets/nothing", []).status == .notFound)
            }
        }
    }
}
