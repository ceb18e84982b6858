import ExosphereCore
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import NIOCore
import OpenStackSimulator
import Testing

@testable import WebUI

/// In multi-user mode a session's clouds are polled only while its browser asks for pages.
@Suite("Polling stops when nobody looks")
struct PollingPauseTests {
    @Test("a session nobody has looked at for two minutes stops polling; its next page starts it again")
    func idleSessionsStopPolling() async throws {
        try await SimulatedCloud.with { endpoint in
            let app = try WebApp(configuration: TestWebApp.configuration(host: "0.0.0.0"), sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.polling"))
            try await TestWebApp.serve(app) { client in
                var browser = TestBrowser(client)
                try await browser.get("/clouds")
                #expect(try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint), origin: TestWebApp.publicOrigin).status == .seeOther)
                #expect(String(buffer: try await browser.get("/instances").body).contains("astro-web-01"))
                #expect(app.store.ownedWorkspaces().filter(\.isPolling).count == 1)
                // Just asked: nothing pauses. Two minutes later it does.
                #expect(app.store.pauseIdlePolling(now: Date()) == 0)
                #expect(app.store.pauseIdlePolling(now: Date().addingTimeInterval(SessionStore.pollingIdleInterval + 1)) == 1)
                #expect(app.store.ownedWorkspaces().allSatisfy { !$0.isPolling })
                #expect(String(buffer: try await browser.get("/instances").body).contains("astro-web-01"))
                #expect(app.store.ownedWorkspaces().contains { $0.isPolling })
            }
        }
    }
}
