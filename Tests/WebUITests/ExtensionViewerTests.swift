import CloudConfig
import ExosphereCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PluginModel
import Testing

@testable import WebUI

/// Shows, in its card and page, who the host says is viewing.
struct ViewerEchoExtensions: WebExtensions {
    var fixed = FixedExtensions()

    static func describe(_ context: ExtensionContext) -> String {
        guard let viewer = context.viewer else { return "viewer: none" }
        return "viewer: \(viewer.id) with \(viewer.clouds.count) clouds and \(viewer.projects.count) projects"
    }

    func chrome(locale: String?) -> ExtensionChrome { fixed.chrome(locale: locale) }
    func dashboardCards(locale: String?) async -> [ExtensionItem] { [ExtensionItem(plugin: "alloc", id: "usage", title: "Allocation")] }
    func renderCard(_ card: ExtensionItem, context: ExtensionContext) async throws -> ViewNode { .text(Self.describe(context)) }
    func pages(locale: String?) async -> [ExtensionItem] { await fixed.pages(locale: locale) }
    func renderPage(_ page: ExtensionItem, context: ExtensionContext) async throws -> ViewNode { .text(Self.describe(context)) }
    func instanceActions(locale: String?) async -> [ExtensionItem] { [] }
    func runAction(_ action: ExtensionItem, on instance: Instance, context: ExtensionContext) async throws -> ExtensionActionOutcome {
        try await fixed.runAction(action, on: instance, context: context)
    }
    func statuses() async -> [ExtensionStatus] { await fixed.statuses() }
    func cloudInitParts(instanceName: String, cloud: String) async -> [ExtensionCloudInitPart] { [] }
    func follow(_ store: InstanceStore) {}
    func asset(plugin: String, name: String) async -> ExtensionAsset? { nil }
}

@Suite("Who is viewing a plugin's card or page")
struct ExtensionViewerTests {
    static func viewerID(in page: String) -> String? {
        page.range(of: #"viewer: [0-9a-f]{16}"#, options: .regularExpression).map { String(page[$0].dropFirst("viewer: ".count)) }
    }

    @Test("on a single-user server a card and a page learn an anonymous id, stable per browser session, and the clouds it sees")
    func singleUser() async throws {
        var configuration = TestWebApp.configuration()
        configuration.extensions = ViewerEchoExtensions()
        let app = try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.viewer"))
        try await TestWebApp.serve(app) { client in
            var first = TestBrowser(client)
            let dashboard = String(buffer: try await first.get("/").body)
            let page = String(buffer: try await first.get("/plugins/alloc/usage").body)
            let id = try #require(Self.viewerID(in: page), "\(page)")
            #expect(page.contains("with 0 clouds and 0 projects"))
            if let onDashboard = Self.viewerID(in: dashboard) { #expect(onDashboard == id) }
            #expect(Self.viewerID(in: String(buffer: try await first.get("/plugins/alloc/usage").body)) == id)
            var second = TestBrowser(client)
            let other = Self.viewerID(in: String(buffer: try await second.get("/plugins/alloc/usage").body))
            #expect(other != nil && other != id)
            // Never the cookie itself.
            #expect(!(first.cookie ?? "").contains(id))
        }
    }

    @Test("on a multi-user server only plugins the operator opted in learn who is viewing")
    func multiUser() async throws {
        for (optedIn, expected) in [(false, "viewer: none"), (true, "viewer: ")] {
            var configuration = TestWebApp.configuration(host: "0.0.0.0")
            configuration.extensions = ViewerEchoExtensions()
            configuration.settings.plugins = PluginsSettings(plugins: ["alloc": PluginSettings(enabled: true, servesVisitors: optedIn)])
            let app = try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.viewer"))
            try await TestWebApp.serve(app) { client in
                var browser = TestBrowser(client)
                let page = String(buffer: try await browser.get("/plugins/alloc/usage").body)
                #expect(page.contains(expected), "opted in: \(optedIn): \(page)")
                if !optedIn { #expect(Self.viewerID(in: page) == nil) }
            }
        }
    }
}
