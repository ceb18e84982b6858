import CloudConfig
import ExosphereCore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Localization
import Logging
import OpenStackAPI
import NIOCore
import OpenStackSimulator
import Testing

@testable import WebUI

@Suite("Pages read one live instance store per workspace")
struct LiveStateTests {
    static let logger = Logger(label: "exosphere.tests.webui")

    static func workspace(_ endpoint: SimulatorEndpoint) throws -> CloudWorkspace {
        let workspace = CloudWorkspace(
            sessions: CloudSessions.open([], settings: ExosphereSettings(homeDirectory: NSTemporaryDirectory()), logger: logger),
            logger: logger)
        let profile = try #require(try CloudImport.profiles(fromYAML: endpoint.cloudsYAML(), allowingServerFiles: true).first)
        workspace.add(profile)
        return workspace
    }

    @Test("pages reuse the store's instances instead of listing servers per request; adding a cloud replaces the store")
    func storeBacked() async throws {
        try await SimulatedCloud.with { endpoint in
            let workspace = try Self.workspace(endpoint)
            let first = await workspace.instances()
            let calls = workspace.sessions.activity().calls.count
            let again = await workspace.instances()
            #expect(first.items.count == 36)
            #expect(again.items.count == 36)
            #expect(first.failures.isEmpty)
            // The standard policy polls a quiet project every 15 s, so nothing more was asked.
            #expect(workspace.sessions.activity().calls.count == calls)

            var renamed = try #require(workspace.sessions.sessions.first?.profile)
            renamed.name = "second"
            workspace.add(renamed)
            #expect(await workspace.instances().items.count == 72)
            await workspace.close()
        }
    }

    @Test("the dashboard of 2,000 instances renders from the store under 150 KB, without listing servers again")
    func dashboardOfTwoThousand() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 4, servers: 2_000)) { endpoint in
            let workspace = try Self.workspace(endpoint)
            let app = try TestWebApp.make(workspace: workspace)
            try await app.application().test(.router) { client in
                var browser = TestBrowser(client)
                let first = String(buffer: try await browser.get("/").body)
                #expect(first.contains("2000 instances in 1 clouds"))
                let listings = workspace.sessions.activity().calls.filter { $0.url.contains("/servers/detail") }.count
                let again = try await browser.get("/")
                #expect(again.status == .ok)
                #expect(again.body.readableBytes < 150 * 1024)
                #expect(workspace.sessions.activity().calls.filter { $0.url.contains("/servers/detail") }.count == listings)
            }
            await app.close()
        }
    }

    @Test("GET /live answers the store's revision, and the changes after a revision as sentences")
    func liveEndpoint() async throws {
        try await SimulatedCloud.with { endpoint in
            let workspace = try Self.workspace(endpoint)
            let app = try TestWebApp.make(workspace: workspace)
            try await app.application().test(.router) { client in
                var browser = TestBrowser(client)
                try await browser.get("/")
                let response = try await browser.get("/live")
                #expect(response.headers[.contentType] == "application/json")
                let update = try JSONDecoder().decode(LiveRoutes.LiveUpdate.self, from: Data(String(buffer: response.body).utf8))
                #expect(update.revision > 0)
                #expect(update.messages.isEmpty)
            }
            await app.close()
        }
    }

    @Test("a state change reads as a sentence for the live region", arguments: [("ACTIVE", "web-1 is now Ready."), (nil, "web-1 was deleted.")])
    func liveMessage(previous: String?, expected: String) throws {
        var named = try #require(InstanceFixtures.make(count: 1).first)
        named.name = "web-1"
        named.taskState = nil
        let change = LiveInstances.Change(revision: 1, instance: named, previousStatus: previous == nil ? nil : "BUILD")
        #expect(LiveRoutes.liveMessage(change, localizer: SourceLanguageLocalizer()) == expected)
    }
}
