import CloudConfig
import Foundation
import PluginHost
import PluginModel
import PluginWeb
import Testing
import WebUI

/// `session.login` and `dashboard.rendered` reach plugins from the web UI's extension points.
@Suite struct PluginWebEventTests {
    static let manifest = """
        id: record-events
        name: Record events
        version: 0.1.0
        api: ">=1.0, <2.0"
        description: Writes down every login and dashboard render it hears of.
        author: Exosphere tests
        capabilities:
          ui: [dashboard_card]

        """

    static let initLua = """
        local heard = {}
        exo.on("session.login", function(login)
          heard[#heard + 1] = "login " .. login.cloud .. " " .. login.auth_type .. " " .. login.projects
        end)
        exo.on("dashboard.rendered", function(render)
          heard[#heard + 1] = "dashboard " .. render.total .. " ACTIVE=" .. render.statuses.ACTIVE
            .. " BUILD=" .. render.statuses.BUILD .. " " .. render.locale
        end)
        exo.ui.add_card{ id = "heard", title = "Heard", render = function()
          return { type = "text", text = table.concat(heard, "; ") }
        end }

        """

    /// The plugin installed in a new folder, loaded; `body` runs with it, then the folder goes.
    static func withRecorder(
        dashboardEventInterval: Duration, _ body: (PluginWebExtensions) async throws -> Void
    ) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-pluginweb-events-\(UUID().uuidString)")
        let plugin = folder.appendingPathComponent("record-events")
        try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try manifest.write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try initLua.write(to: plugin.appendingPathComponent("init.lua"), atomically: true, encoding: .utf8)
        let plugins = await PluginWebExtensions.load(
            settings: PluginsSettings(enabled: true, plugins: ["record-events": PluginSettings(enabled: true)]),
            searchPath: PluginSearchPath(folders: [.init(origin: .user, path: folder.path)]),
            cardLifetime: .zero, dashboardEventInterval: dashboardEventInterval)
        try await body(plugins)
    }

    /// What the plugin heard, as its card shows it.
    static func heard(_ plugins: PluginWebExtensions) async throws -> String {
        await plugins.settleEvents()
        let card = ExtensionItem(plugin: "record-events", id: "heard", title: "Heard")
        let node = try await plugins.renderCard(card, context: ExtensionContext(locale: nil))
        guard case .text(let text) = node else {
            Issue.record("expected text, got \(node)")
            return ""
        }
        return text
    }

    static let render = ExtensionDashboardRender(
        total: 12, statuses: [.init(status: "ACTIVE", count: 10), .init(status: "BUILD", count: 2)], locale: "es")

    @Test func aLoginReachesPluginsWithItsCloudAuthTypeAndProjectCount() async throws {
        try await Self.withRecorder(dashboardEventInterval: .seconds(1)) { plugins in
            plugins.cloudSignedIn(ExtensionLogin(cloud: "sim", authType: "password", projectCount: 3))
            plugins.cloudSignedIn(ExtensionLogin(cloud: "lab", authType: "v3applicationcredential", projectCount: 1))
            let heard = try await Self.heard(plugins)
            #expect(heard == "login sim password 3; login lab v3applicationcredential 1")
        }
    }

    @Test func dashboardRendersReachPluginsWithTheirCountsAndLocale() async throws {
        try await Self.withRecorder(dashboardEventInterval: .zero) { plugins in
            plugins.dashboardRendered(Self.render)
            plugins.dashboardRendered(ExtensionDashboardRender(total: 3, statuses: [.init(status: "ACTIVE", count: 1), .init(status: "BUILD", count: 2)], locale: "en"))
            let heard = try await Self.heard(plugins)
            #expect(heard == "dashboard 12 ACTIVE=10 BUILD=2 es; dashboard 3 ACTIVE=1 BUILD=2 en")
        }
    }

    @Test func frequentRendersAreCoalescedToOneEventPerInterval() async throws {
        // An interval far longer than the test: only the first of many renders is reported.
        try await Self.withRecorder(dashboardEventInterval: .seconds(3_600)) { plugins in
            for _ in 0..<50 { plugins.dashboardRendered(Self.render) }
            let heard = try await Self.heard(plugins)
            #expect(heard == "dashboard 12 ACTIVE=10 BUILD=2 es")
        }
    }
}
