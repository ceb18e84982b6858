import CloudConfig
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Logging
import Testing

@testable import WebUI

/// In multi-user mode plugins act for visitors only where the operator said so, and visitors who
/// have not signed in do not learn which plugins run.
@Suite("Plugins and visitors")
struct PluginVisitorTests {
    static func app(host: String) throws -> WebApp {
        var configuration = TestWebApp.configuration(host: host)
        configuration.extensions = FixedExtensions(actions: [ExtensionItem(plugin: "opted-in", id: "help", title: "Get help")])
        configuration.settings.plugins = PluginsSettings(
            plugins: ["opted-in": PluginSettings(enabled: true, servesVisitors: true), "not-opted-in": PluginSettings(enabled: true)])
        return try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.visitors"))
    }

    @Test("actions and cloud-init parts serve visitors only for plugins the operator opted in; on loopback always")
    func optIn() async throws {
        let hosted = try Self.app(host: "0.0.0.0")
        #expect(hosted.extensionAccess.servesThisVisitor("opted-in"))
        #expect(!hosted.extensionAccess.servesThisVisitor("not-opted-in"))
        #expect(await hosted.extensionAccess.setupParts(instanceName: "lab", cloud: "c").count == 1)
        await hosted.close()
        let local = try Self.app(host: "127.0.0.1")
        #expect(local.extensionAccess.servesThisVisitor("not-opted-in"))
        #expect(await local.extensionAccess.setupParts(instanceName: "lab", cloud: "c").count == 2)
        await local.close()
    }

    @Test("a visitor with no cloud gets no plugin list and no link to it")
    func anonymousSeesNoPlugins() async throws {
        let hosted = try Self.app(host: "0.0.0.0")
        try await TestWebApp.serve(hosted) { client in
            var browser = TestBrowser(client)
            let plugins = try await browser.get("/plugins")
            #expect(plugins.status == .notFound)
            let settings = String(buffer: try await browser.get("/settings").body)
            #expect(!settings.contains("href=\"/plugins\""))
        }
        let local = try Self.app(host: "127.0.0.1")
        try await TestWebApp.serve(local) { client in
            var browser = TestBrowser(client)
            let plugins = try await browser.get("/plugins")
            #expect(plugins.status == .ok)
            let settings = String(buffer: try await browser.get("/settings").body)
            #expect(settings.contains("href=\"/plugins\""))
        }
    }
}
