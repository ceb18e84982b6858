import CloudConfig
import ExosphereCore
import Foundation
import Logging
import OpenStackAPI
import OpenStackSimulator
import Testing

@testable import WebUI

@Suite("Cloud workspace")
struct CloudWorkspaceTests {
    @Test("a listing is reused for a few seconds, then fetched again; adding a cloud forgets it")
    func listingReuse() async throws {
        try await SimulatedCloud.with { endpoint in
            let logger = Logger(label: "exosphere.tests.webui")
            let profile = try #require(try CloudImport.profiles(fromYAML: endpoint.cloudsYAML()).first)
            let workspace = CloudWorkspace(
                sessions: CloudSessions.open([], settings: ExosphereSettings(homeDirectory: NSTemporaryDirectory()), logger: logger),
                logger: logger)
            workspace.add(profile)
            let start = Date()
            let first = await workspace.instances(now: start)
            let calls = workspace.sessions.activityLog.records().count
            let again = await workspace.instances(now: start.addingTimeInterval(1))
            #expect(first.items.count == 36)
            #expect(again.items.count == 36)
            #expect(workspace.sessions.activityLog.records().count == calls)
            _ = await workspace.instances(now: start.addingTimeInterval(CloudWorkspace.listingLifetime + 1))
            #expect(workspace.sessions.activityLog.records().count > calls)

            var renamed = profile
            renamed.name = "second"
            workspace.add(renamed)
            let both = await workspace.instances(now: start.addingTimeInterval(CloudWorkspace.listingLifetime + 1.5))
            #expect(both.items.count == 72)
            await workspace.close()
        }
    }
}
