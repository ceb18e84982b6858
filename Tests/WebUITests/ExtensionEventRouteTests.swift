import ExosphereCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import OpenStackSimulator
import PluginModel
import Secrets
import Synchronization
import Testing

@testable import WebUI

/// ``FixedExtensions`` that write down the logins and dashboard renders they are told of.
final class ListeningExtensions: WebExtensions {
    let fixed = FixedExtensions()
    let logins = Mutex<[ExtensionLogin]>([])
    let renders = Mutex<[ExtensionDashboardRender]>([])

    func cloudSignedIn(_ login: ExtensionLogin) { logins.withLock { $0.append(login) } }
    func dashboardRendered(_ render: ExtensionDashboardRender) { renders.withLock { $0.append(render) } }

    func chrome(locale: String?) -> ExtensionChrome { fixed.chrome(locale: locale) }
    func dashboardCards(locale: String?) async -> [ExtensionItem] { await fixed.dashboardCards(locale: locale) }
    func renderCard(_ card: ExtensionItem, context: ExtensionContext) async throws -> ViewNode { try await fixed.renderCard(card, context: context) }
    func pages(locale: String?) async -> [ExtensionItem] { await fixed.pages(locale: locale) }
    func renderPage(_ page: ExtensionItem, context: ExtensionContext) async throws -> ViewNode { try await fixed.renderPage(page, context: context) }
    func instanceActions(locale: String?) async -> [ExtensionItem] { [] }
    func runAction(_ action: ExtensionItem, on instance: Instance, context: ExtensionContext) async throws -> ExtensionActionOutcome {
        try await fixed.runAction(action, on: instance, context: context)
    }
    func statuses() async -> [ExtensionStatus] { [] }
    func cloudInitParts(instanceName: String, cloud: String) async -> [ExtensionCloudInitPart] { [] }
    func follow(_ store: InstanceStore) {}
    func asset(plugin: String, name: String) async -> ExtensionAsset? { nil }
}

@Suite struct ExtensionEventRouteTests {
    static func test(host: String = "127.0.0.1", _ body: @escaping @Sendable (any TestClientProtocol, ListeningExtensions) async throws -> Void) async throws {
        let extensions = ListeningExtensions()
        var configuration = TestWebApp.configuration(host: host)
        configuration.extensions = extensions
        let app = try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.webui"))
        do {
            try await app.application().test(.router) { try await body($0, extensions) }
        } catch {
            await app.close()
            throw error
        }
        await app.close()
    }

    @Test func extensionsHearOfALoginWithoutItsSecretAndOfEachDashboardRender() async throws {
        try await SimulatedCloud.with { endpoint in
            try await Self.test { client, extensions in
                var browser = TestBrowser(client)
                try await browser.get("/clouds")
                #expect(try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint)).status == .seeOther)
                let logins = extensions.logins.withLock { $0 }
                #expect(logins.map(\.cloud) == ["sim"])
                #expect(logins.map(\.authType) == ["password"])
                #expect(logins.allSatisfy { $0.projectCount > 0 })
                #expect(!"\(logins)".contains(endpoint.password.revealed))

                let html = String(buffer: try await browser.get("/").body)
                try await browser.get("/")
                let renders = extensions.renders.withLock { $0 }
                #expect(renders.count == 2)
                let render = try #require(renders.last)
                #expect(render.locale == "en")
                #expect(html.contains("\(render.total) instances in 1 clouds"))
                #expect(render.statuses.map(\.count).reduce(0, +) == render.total)
            }
        }
    }

    @Test func inMultiUserModeExtensionsHearOfNoSessionsClouds() async throws {
        try await SimulatedCloud.with { endpoint in
            try await Self.test(host: "0.0.0.0") { client, extensions in
                var browser = TestBrowser(client)
                try await browser.get("/clouds")
                #expect(try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint)).status == .seeOther)
                #expect(try await browser.get("/").status == .ok)
                #expect(extensions.logins.withLock { $0 }.isEmpty)
                #expect(extensions.renders.withLock { $0 }.isEmpty)
            }
        }
    }
}
