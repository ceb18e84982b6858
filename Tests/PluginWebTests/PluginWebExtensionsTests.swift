import CloudConfig
import ExosphereCore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PluginHost
import PluginModel
import PluginWeb
import Synchronization
import Testing
import WebUI

/// The bridge between the web UI and the plugin host, against the real bundled plugins.
@Suite struct PluginWebExtensionsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let searchPath = PluginSearchPath(folders: [.init(origin: .bundled, path: repository.appendingPathComponent("Plugins").path)])

    static let allocation = PluginSettings(
        enabled: true,
        config: ["allocation_su": .integer(10000), "period_start": .string("2026-01-01"), "period_end": .string("2026-12-31")])

    static func load(_ plugins: [String: PluginSettings]) async -> PluginWebExtensions {
        await PluginWebExtensions.load(
            settings: PluginsSettings(enabled: true, plugins: plugins), searchPath: searchPath,
            environment: PluginEnvironment(logger: Logger(label: "exosphere.tests.pluginweb")))
    }

    @Test func theAllocationCardRendersFromItsViewModel() async throws {
        let plugins = await Self.load(["allocation-dashboard": Self.allocation])
        let cards = await plugins.dashboardCards(locale: nil)
        #expect(cards == [ExtensionItem(plugin: "allocation-dashboard", id: "allocation", title: "Allocation")])
        let card = try #require(cards.first)
        let node = try await plugins.renderCard(card, context: ExtensionContext(locale: nil))
        guard case .group(let children) = node, case .stat(let label, let value, let tone)? = children.first else {
            Issue.record("expected a group starting with a stat, got \(node)")
            return
        }
        #expect(label == "Service units used")
        #expect(value == "0 of 10,000 (0%)")
        #expect(tone == "ok")
        #expect(await plugins.pages(locale: nil).map(\.id) == ["allocation"])
    }

    @Test func theSkinContributesThemeTokensAndAHelpLink() async {
        let plugins = await Self.load(["skin-example": PluginSettings(enabled: true, config: ["primary_color": .string("#123456")])])
        let chrome = plugins.chrome(locale: nil)
        #expect(chrome.themeTokens["color-primary"] == "#123456")
        #expect(chrome.themeTokens["brand-name"] == "Example University Cloud")
        #expect(chrome.links == [ExtensionLink(title: "Help", url: "https://support.example.edu")])
        let logo = await plugins.asset(plugin: "skin-example", name: "logo.svg")
        #expect(logo?.contentType == "image/svg+xml")
        #expect(await plugins.asset(plugin: "skin-example", name: "plugin.yaml") == nil)
        #expect(await plugins.asset(plugin: "skin-example", name: "..svg") == nil)
    }

    @Test func labelsAndTextComeFromThePluginsOwnCatalogInTheViewersLanguage() async throws {
        let plugins = await Self.load(["locale-example": PluginSettings(enabled: true)])
        #expect(await plugins.dashboardCards(locale: nil).map(\.title) == ["Welcome"])
        #expect(await plugins.dashboardCards(locale: "eo").map(\.title) == ["Bonvenon"])
        #expect(plugins.chrome(locale: nil).languages == ["eo"])
        let card = ExtensionItem(plugin: "locale-example", id: "welcome", title: "Bonvenon")
        let english = try await plugins.renderCard(card, context: ExtensionContext(locale: "en"))
        let esperanto = try await plugins.renderCard(card, context: ExtensionContext(locale: "eo"))
        #expect(english != esperanto)
        guard case .group(let nodes) = english, case .heading(let heading)? = nodes.first else {
            Issue.record("expected a heading first, got \(english)")
            return
        }
        #expect(heading == "Welcome, researcher!")
    }

    @Test func everyPluginFoundIsListedWithItsState() async throws {
        let plugins = await Self.load([
            "skin-example": PluginSettings(enabled: true),
            // Enabled without its required settings: it must fail, naming the setting.
            "allocation-dashboard": PluginSettings(enabled: true),
        ])
        let statuses = await plugins.statuses()
        #expect(statuses.map(\.id) == ["allocation-dashboard", "ec2-provider", "locale-example", "skin-example", "support-tickets"])
        #expect(statuses.first { $0.id == "skin-example" }?.state == .running)
        #expect(statuses.first { $0.id == "ec2-provider" }?.state == .disabled)
        let failed = try #require(statuses.first { $0.id == "allocation-dashboard" })
        guard case .failed(let reason) = failed.state else {
            Issue.record("allocation-dashboard should have failed, is \(failed.state)")
            return
        }
        #expect(reason.contains("allocation_su"))
        #expect(failed.capabilities == ["ui: dashboard_card, dashboard_page", "views: usage"])
        #expect(await plugins.problems().count == 1)
        #expect(await plugins.dashboardCards(locale: nil).isEmpty)
    }

    @Test func nothingEnabledStartsNothing() async {
        let plugins = await Self.load([:])
        #expect(!plugins.hasEnabledPlugins)
        #expect(await plugins.registry.statuses().isEmpty)
        #expect(await plugins.dashboardCards(locale: nil).isEmpty)
        #expect(plugins.chrome(locale: nil) == ExtensionChrome())
    }

    @Test func theGetHelpActionFilesATicketWithTheInstance() async throws {
        let received = Mutex<[String]>([])
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            received.withLock { $0.append(String(buffer: body)) }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"id":77}"#)))
        }
        let server = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await server.test(.live) { client in
            let port = try #require(client.port)
            let plugins = await Self.load([
                "support-tickets": PluginSettings(
                    enabled: true, config: ["backend": .string("webhook"), "endpoint": .string("http://127.0.0.1:\(port)/hook")])
            ])
            let actions = await plugins.instanceActions(locale: nil)
            #expect(actions == [ExtensionItem(plugin: "support-tickets", id: "get-help", title: "Get help")])
            let action = try #require(actions.first)
            let instance = Instance(
                id: "i-1", name: "web-1", status: "ERROR", project: ProjectSummary(cloud: "sim", id: "p1", name: "bio101"))
            let outcome = try await plugins.runAction(action, on: instance, context: ExtensionContext(locale: nil))
            #expect(outcome == ExtensionActionOutcome(message: "id: 77, status: 200", isError: false))
        }
        let body = try #require(received.withLock { $0.first })
        #expect(body.contains("web-1"))
        #expect(body.contains("bio101"))
    }

    @Test func anActionThatReportsAnErrorIsAFailedOutcome() async throws {
        let plugins = await Self.load([
            // Zendesk without an agent email: the plugin answers nil, err before sending anything.
            "support-tickets": PluginSettings(enabled: true, config: ["endpoint": .string("https://support.example.edu")])
        ])
        let action = try #require(await plugins.instanceActions(locale: nil).first)
        let instance = Instance(id: "i-1", name: "web-1", status: "ACTIVE", project: ProjectSummary(cloud: "sim", id: "p1", name: "bio101"))
        let outcome = try await plugins.runAction(action, on: instance, context: ExtensionContext(locale: nil))
        #expect(outcome.isError)
        #expect(outcome.message != nil)
    }
}

@Suite struct PluginWebProblemsTests {
    @Test func anEnabledPluginThatIsNotFoundIsAProblem() async {
        let plugins = await PluginWebExtensionsTests.load(["no-such-plugin": PluginSettings(enabled: true)])
        #expect(await plugins.problems() == ["no-such-plugin: it is enabled in the settings file but was not found on the plugin search path"])
        #expect(await plugins.registry.statuses().isEmpty)
    }
}
