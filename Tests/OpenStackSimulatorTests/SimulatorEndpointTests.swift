import Foundation
import Logging
import NIOHTTP1
import OpenStackSimulator
import Secrets
import Testing

/// The public Swift API: endpoint, clouds.yaml, options checks, determinism.
@Suite struct SimulatorEndpointTests {
    @Test func endpointDescribesTheDemoCloud() async throws {
        try await SimulatorHarness.with { simulator in
            let endpoint = simulator.endpoint
            #expect(endpoint.host == "127.0.0.1")
            #expect(endpoint.port > 0)
            #expect(endpoint.baseURL == "http://127.0.0.1:\(endpoint.port)")
            #expect(endpoint.authURL == endpoint.baseURL + "/identity/v3")
            #expect(endpoint.projectNames == ["demo-genomics", "demo-climate", "demo-astro"])
            #expect("\(endpoint.password)" == "<redacted>")
            let versions = try await simulator.send(.GET, "/identity/")
            #expect(versions.status == 300)
            #expect(try versions.json()["versions"]?["values"]?[0]?["id"]?.string == "v3.14")
        }
    }

    @Test func cloudsYAMLHasEveryKey() async throws {
        try await SimulatorHarness.with { simulator in
            let yaml = simulator.endpoint.cloudsYAML(cloudName: "demo")
            for line in [
                "clouds:", "  \"demo\":", "    auth_type: password", "      auth_url: \"\(simulator.endpoint.authURL)\"",
                "      username: \"demo\"", "      password: \"demo-password\"", "      user_domain_name: \"Default\"",
                "      project_name: \"demo-genomics\"", "      project_domain_name: \"Default\"", "    region_name: RegionOne",
                "    interface: public", "    identity_api_version: 3",
            ] {
                #expect(yaml.contains(line + "\n"), "missing \(line)")
            }
        }
    }

    @Test func cloudsYAMLFileIsPrivate() async throws {
        try await SimulatorHarness.with { simulator in
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("simulator-\(UUID().uuidString).yaml").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try simulator.endpoint.writeCloudsYAML(to: path)
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
            #expect(try String(contentsOfFile: path, encoding: .utf8) == simulator.endpoint.cloudsYAML())
        }
    }

    @Test(arguments: [
        SimulatorOptions(projects: 0),
        SimulatorOptions(servers: -1),
        SimulatorOptions(speed: 0),
        SimulatorOptions(port: 70_000),
        SimulatorOptions(demoPassword: ""),
    ])
    func invalidOptionsAreRefused(options: SimulatorOptions) async throws {
        let server = SimulatorServer(options: options, logger: Logger(label: "exosphere.simulator.tests"))
        await #expect(throws: SimulatorError.self) { _ = try await server.start() }
    }

    @Test func sameSeedGivesTheSameCloud() async throws {
        func serverNames(seed: UInt64) async throws -> [String] {
            var options = SimulatorHarness.fastOptions()
            options.seed = seed
            return try await SimulatorHarness.with(options) { simulator in
                let token = try await simulator.token()
                let json = try await simulator.send(.GET, "/compute/v2.1/servers", token: token).json()
                return json["servers"]?.array?.compactMap { ($0["id"]?.string ?? "") + ($0["name"]?.string ?? "") } ?? []
            }
        }
        let first = try await serverNames(seed: 7)
        #expect(first.count == 12)
        #expect(try await serverNames(seed: 7) == first)
        #expect(try await serverNames(seed: 8) != first)
    }

    @Test func busyPortIsReportedAndStartTwiceRefused() async throws {
        try await SimulatorHarness.with { simulator in
            var options = SimulatorHarness.fastOptions()
            options.port = simulator.endpoint.port
            let second = SimulatorServer(options: options, logger: Logger(label: "exosphere.simulator.tests"))
            await #expect(throws: SimulatorError.self) { _ = try await second.start() }
            await #expect(throws: SimulatorError.alreadyRunning) { _ = try await simulator.server.start() }
        }
    }
}
