import CloudConfig
import Foundation
import Logging
import OpenStackAPI
import OpenStackSimulator
import Testing

@testable import ExosphereCore
import OutboundHTTP

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

    /// Whether `transport`'s HTTP client has been shut down: it then refuses every request.
    static func isShutDown(_ transport: AsyncHTTPClientTransport, url: URL) async -> Bool {
        do {
            _ = try await transport.send(TransportRequest(method: .get, url: url))
            return false
        } catch let error as HTTPTransportError {
            return error.kind == .other("HTTPClientError.alreadyShutdown")
        } catch {
            return false
        }
    }

    /// Waits up to 30 seconds (a loaded machine) for `transport` to be shut down.
    static func becomesShutDown(_ transport: AsyncHTTPClientTransport, url: URL) async throws -> Bool {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            if await isShutDown(transport, url: url) { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return false
    }

    @Test("removing a cloud shuts down the HTTP client made for its TLS settings; the shared client stays open")
    func removingShutsItsClient() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 1, servers: 2)) { cloud in
            var insecure = cloud.profile
            insecure.name = "simulator-insecure"
            insecure.verifyTLS = false
            let sessions = CloudSessions.open([cloud.profile, insecure], settings: cloud.settings, logger: .init(label: "tests"))
            let special = try #require(sessions.tlsTransports.first)
            let remaining = sessions.removing(cloudNamed: "simulator-insecure")
            #expect(try await Self.becomesShutDown(special, url: cloud.profile.authURL))
            #expect(remaining.tlsTransports.isEmpty)
            let listing = await remaining.listInstances()
            #expect(listing.failures.isEmpty && listing.items.count == 2)
            await remaining.close()
            #expect(await Self.isShutDown(remaining.transport, url: cloud.profile.authURL))
        }
    }

    @Test("replacing a cloud that has its own TLS client shuts the old client down")
    func replacingShutsTheOldClient() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 1, servers: 2)) { cloud in
            var insecure = cloud.profile
            insecure.name = "simulator-insecure"
            insecure.verifyTLS = false
            let first = CloudSessions.open([], settings: cloud.settings, logger: .init(label: "tests")).adding(insecure, logger: .init(label: "tests"))
            let old = try #require(first.tlsTransports.first)
            let second = first.adding(insecure, logger: .init(label: "tests"))
            #expect(try await Self.becomesShutDown(old, url: cloud.profile.authURL))
            #expect(second.tlsTransports.count == 1)
            #expect(await second.listInstances().failures.isEmpty)
            await second.close()
        }
    }
}
