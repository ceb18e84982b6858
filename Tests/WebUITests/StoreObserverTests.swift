import CloudConfig
import ExosphereCore
import Foundation
import OpenStackSimulator
import Synchronization
import Testing

@testable import WebUI

/// Plugins follow the shared workspace's instance store through ``CloudWorkspace/observeStores(_:)``.
@Suite struct StoreObserverTests {
    @Test func eachNewStoreIsHandedToTheObserversAndAddingACloudMakesANewOne() async throws {
        try await SimulatedCloud.with { endpoint in
            let workspace = try LiveStateTests.workspace(endpoint)
            let seen = Mutex(0)
            workspace.observeStores { _ in seen.withLock { $0 += 1 } }
            _ = await workspace.instances()
            _ = await workspace.instances()
            #expect(seen.withLock { $0 } == 1)
            let profile = try #require(try CloudImport.profiles(fromYAML: endpoint.cloudsYAML(), allowingServerFiles: true).first)
            workspace.add(profile)
            _ = await workspace.instances()
            #expect(seen.withLock { $0 } == 2)
            await workspace.close()
        }
    }
}
