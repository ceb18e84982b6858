import Foundation
import Logging
import OpenStackSimulator
import Testing

/// The CLI end to end: the real binary against a simulator running in the test process.
@Suite("exosphere commands against the simulator")
struct ServerListCommandTests {
    /// A started simulator, a clouds.yaml for it and a private home folder.
    struct Fixture {
        let server: SimulatorServer
        let endpoint: SimulatorEndpoint
        let home: URL
        var runner: CommandRunner {
            CommandRunner(environment: [
                "HOME": home.path,
                "OS_CLIENT_CONFIG_FILE": home.appendingPathComponent("clouds.yaml").path,
            ])
        }

        static func start(projects: Int, servers: Int, latency: Duration) async throws -> Fixture {
            let server = SimulatorServer(
                options: SimulatorOptions(projects: projects, servers: servers, latency: latency),
                logger: Logger(label: "tests"))
            let endpoint = try await server.start()
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-cli-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            try endpoint.writeCloudsYAML(to: home.appendingPathComponent("clouds.yaml").path)
            return Fixture(server: server, endpoint: endpoint, home: home)
        }

        func stop() async {
            await server.stop()
            try? FileManager.default.removeItem(at: home)
        }

        /// Runs `body` with a started fixture and stops it afterwards, even when `body` throws.
        static func with(
            projects: Int = 3, servers: Int = 36, latency: Duration = .zero, _ body: (Fixture) async throws -> Void
        ) async throws {
            let fixture = try await start(projects: projects, servers: servers, latency: latency)
            do {
                try await body(fixture)
            } catch {
                await fixture.stop()
                throw error
            }
            await fixture.stop()
        }
    }

    struct ServerRow: Decodable {
        var id: String
        var name: String
        var status: String
        var project: String
        var cloud: String
    }

    @Test("server list --json lists every seeded server of every project in one call")
    func serverListJSON() async throws {
        // A latency far above a loaded machine's scheduling delays keeps concurrent requests
        // overlapping (each answer leaves a round trip after it is made), whatever the load.
        try await Fixture.with(projects: 4, servers: 50, latency: .milliseconds(300)) { fixture in
            let outcome = try await fixture.runner.run(["server", "list", "--os-cloud", "simulator", "--json", "--timing"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let rows = try JSONDecoder().decode([ServerRow].self, from: Data(outcome.standardOutput.utf8))
            #expect(rows.count == 50)
            #expect(Set(rows.map(\.project)) == Set(fixture.endpoint.projectNames))
            #expect(rows.allSatisfy { $0.cloud == "simulator" && !$0.id.isEmpty && !$0.status.isEmpty })
            // Each project's rows are encoded apart and joined: the whole is still in listing order.
            let keys = rows.map { [$0.project, $0.name, $0.id] }
            #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
            #expect(outcome.standardError.contains("4 sequential round trips"))

            // The second run finds the tokens cached on disk and needs one round trip.
            let warm = try await fixture.runner.run(["server", "list", "--json", "--timing"])
            #expect(warm.status == 0)
            #expect(warm.standardError.contains(" 1 sequential round trips"))
            #expect(try JSONDecoder().decode([ServerRow].self, from: Data(warm.standardOutput.utf8)).count == 50)
        }
    }

    @Test("with no instances --json prints an empty array")
    func serverListJSONEmpty() async throws {
        try await Fixture.with(projects: 2, servers: 0) { fixture in
            let outcome = try await fixture.runner.run(["server", "list", "--json"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            #expect(try JSONDecoder().decode([ServerRow].self, from: Data(outcome.standardOutput.utf8)).isEmpty)
        }
    }

    @Test("a table for people: a header and one aligned line per instance")
    func serverListTable() async throws {
        try await Fixture.with(projects: 2, servers: 5) { fixture in
            let outcome = try await fixture.runner.run(["server", "list"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let lines = outcome.standardOutput.split(separator: "\n")
            #expect(lines.count == 2 + 5)
            #expect(lines.first?.hasPrefix("NAME") == true)
            let statusColumn = try #require(lines.first?.range(of: "STATUS")).lowerBound.utf16Offset(in: String(lines[0]))
            #expect(lines.dropFirst(2).allSatisfy { $0.count > statusColumn && $0[$0.index($0.startIndex, offsetBy: statusColumn - 1)] == " " })
        }
    }

    @Test("an unknown cloud is an error on standard error with a hint, and exit status 1")
    func unknownCloud() async throws {
        try await Fixture.with(projects: 1, servers: 1) { fixture in
            let outcome = try await fixture.runner.run(["server", "list", "--os-cloud", "nope"])
            #expect(outcome.status == 1)
            #expect(outcome.standardOutput.isEmpty)
            #expect(outcome.standardError.contains("nope"))
            #expect(outcome.standardError.contains("simulator"))
        }
    }

    @Test("project list, server show, image list and flavor list work against the simulator")
    func otherCommands() async throws {
        try await Fixture.with(projects: 2, servers: 6) { fixture in
            let runner = fixture.runner
            let projects = try await runner.run(["project", "list", "--json"])
            #expect(projects.status == 0, "\(projects.standardError)")
            for name in fixture.endpoint.projectNames { #expect(projects.standardOutput.contains("\"\(name)\"")) }

            let servers = try JSONDecoder().decode(
                [ServerRow].self, from: Data(try await runner.run(["server", "list", "--json"]).standardOutput.utf8))
            let some = try #require(servers.first)
            let shown = try await runner.run(["server", "show", some.id, "--json"])
            #expect(shown.status == 0, "\(shown.standardError)")
            #expect(try JSONDecoder().decode(ServerRow.self, from: Data(shown.standardOutput.utf8)).id == some.id)

            let images = try await runner.run(["image", "list"])
            #expect(images.status == 0, "\(images.standardError)")
            #expect(images.standardOutput.hasPrefix("NAME"))
            let flavors = try await runner.run(["flavor", "list", "--json"])
            #expect(flavors.status == 0, "\(flavors.standardError)")
            #expect(flavors.standardOutput.contains("\"vcpus\""))

            let missing = try await runner.run(["server", "show", "no-such-instance"])
            #expect(missing.status == 1)
            #expect(missing.standardError.contains("no-such-instance"))
        }
    }
}
