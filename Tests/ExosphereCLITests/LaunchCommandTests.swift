import Foundation
import Logging
import OpenStackSimulator
import Testing

/// `exosphere launch`, `server show`, `quota show` and `ssh`: the real binary against a simulator.
@Suite("launch, setup status, quota and ssh from the command line")
struct LaunchCommandTests {
    struct Fixture {
        let server: SimulatorServer
        let home: URL
        var runner: CommandRunner {
            CommandRunner(environment: [
                "HOME": home.path, "OS_CLIENT_CONFIG_FILE": home.appendingPathComponent("clouds.yaml").path,
                "EXOSPHERE_SSH": "/bin/echo",
            ])
        }

        static func with(_ body: (Fixture) async throws -> Void) async throws {
            let server = SimulatorServer(
                options: SimulatorOptions(projects: 1, servers: 0, speed: 1000, tokenLifetime: .seconds(86_400 * 365)),
                logger: Logger(label: "tests"))
            let endpoint = try await server.start()
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-launch-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            try endpoint.writeCloudsYAML(to: home.appendingPathComponent("clouds.yaml").path)
            let fixture = Fixture(server: server, home: home)
            do {
                try await body(fixture)
            } catch {
                await server.stop()
                try? FileManager.default.removeItem(at: home)
                throw error
            }
            await server.stop()
            try? FileManager.default.removeItem(at: home)
        }
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("launch --wait returns when setup is ready; show, quota and ssh follow")
    func launchAndFollow() async throws {
        try await Fixture.with { fixture in
            let launched = try await fixture.runner.run(["launch", "lab", "--software", "jupyter", "--wait", "--json"])
            #expect(launched.status == 0, "\(launched.standardError)")
            #expect(launched.standardError.contains("setup ready"))
            let report = try Self.json(launched.standardOutput)
            let instance = try #require((report["instances"] as? [[String: Any]])?.first)
            let publicAddress = try #require(instance["public_address"] as? String)
            let passphrase = try #require(report["passphrase"] as? String)
            #expect(report["user"] as? String == "exouser")
            let vault = fixture.home.appendingPathComponent(".local/share/exosphere/vault/passphrases.json")
            #expect(FileManager.default.fileExists(atPath: vault.path))
            #expect(try !String(contentsOf: vault, encoding: .utf8).contains(passphrase))

            let shown = try await fixture.runner.run(["server", "show", "lab", "--json"])
            #expect(shown.status == 0, "\(shown.standardError)")
            let server = try Self.json(shown.standardOutput)
            #expect(server["status"] as? String == "ACTIVE")
            #expect((server["setup"] as? [String: Any])?["state"] as? String == "ready")
            let usage = try #require(server["usage"] as? [[String: Any]])
            #expect(usage.allSatisfy { ($0["cpu_percent"] as? Int).map { (0...100).contains($0) } == true })

            let quota = try await fixture.runner.run(["quota", "show", "--json"])
            #expect(quota.status == 0, "\(quota.standardError)")
            let entries = try #require(try Self.json(quota.standardOutput)["entries"] as? [[String: Any]])
            let instances = try #require(entries.first { $0["resource"] as? String == "instances" })
            #expect(instances["used"] as? Int == 1)
            #expect(entries.contains { $0["resource"] as? String == "floating-ips" })
            #expect(entries.contains { $0["resource"] as? String == "volumes" })

            let ssh = try await fixture.runner.run(["ssh", "lab"])
            #expect(ssh.status == 0, "\(ssh.standardError)")
            #expect(ssh.standardOutput == "-o StrictHostKeyChecking=accept-new exouser@\(publicAddress)\n")
        }
    }

    @Test("launch --wait exits 3 when a setup step fails")
    func failedSetup() async throws {
        try await Fixture.with { fixture in
            await fixture.server.setLaunchBehaviour(failingSetupStep: "user")
            let launched = try await fixture.runner.run(["launch", "broken", "--wait"])
            #expect(launched.status == 3, "\(launched.standardError)")
            #expect(launched.standardError.contains("failed in step user"))
        }
    }
}
