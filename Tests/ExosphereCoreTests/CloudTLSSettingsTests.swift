import CloudConfig
import Foundation
import Logging
import OpenStackSimulator
import Testing

@testable import ExosphereCore

@Suite("Per-cloud TLS settings from clouds.yaml")
struct CloudTLSSettingsTests {
    @Test("a cloud with verify: false gets its own client and still works; both clouds list together")
    func insecureCloudWorksBesideDefault() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 2, servers: 8)) { cloud in
            var insecure = cloud.profile
            insecure.name = "simulator-insecure"
            insecure.verifyTLS = false
            let sessions = CloudSessions.open([cloud.profile, insecure], settings: cloud.settings, logger: .init(label: "tests"))
            let listing = await sessions.listInstances()
            await sessions.close()
            #expect(listing.failures.isEmpty)
            #expect(listing.items.filter { $0.project.cloud == "simulator-insecure" }.count == 8)
            #expect(listing.items.filter { $0.project.cloud == "simulator" }.count == 8)
        }
    }

    @Test("an unreadable cacert fails that cloud with a message naming the file; other clouds still list")
    func unreadableCABundle() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 1, servers: 3)) { cloud in
            var broken = cloud.profile
            broken.name = "simulator-custom-ca"
            broken.caCertificatePath = "/nonexistent/exosphere-ca.pem"
            let sessions = CloudSessions.open([cloud.profile, broken], settings: cloud.settings, logger: .init(label: "tests"))
            let listing = await sessions.listInstances()
            await sessions.close()
            #expect(listing.items.count == 3)
            let failure = try #require(listing.failures.first)
            #expect(failure.cloud == "simulator-custom-ca")
            #expect(String(describing: failure.error).contains("/nonexistent/exosphere-ca.pem"))
        }
    }
}
