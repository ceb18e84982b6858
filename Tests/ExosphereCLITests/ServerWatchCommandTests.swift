import Foundation
import OpenStackSimulator
import Testing

@Suite("exosphere server watch and output into closed pipes")
struct ServerWatchCommandTests {
    private struct WatchLine: Decodable {
        var event: String
        var project: String
        var count: Int?
    }

    @Test("server watch --json reports each project once synced with its instance count, then stops on --duration")
    func watchReportsSyncedProjects() async throws {
        try await ServerListCommandTests.Fixture.with(projects: 3, servers: 30) { fixture in
            let outcome = try await fixture.runner.run(["server", "watch", "--json", "--duration", "10"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let lines = try outcome.standardOutput.split(separator: "\n").map {
                try JSONDecoder().decode(WatchLine.self, from: Data($0.utf8))
            }
            let synced = lines.filter { $0.event == "synced" }
            #expect(Set(synced.map(\.project)) == Set(fixture.endpoint.projectNames))
            #expect(synced.compactMap(\.count).reduce(0, +) == 30)
        }
    }

    @Test("--duration must be positive")
    func badDuration() async throws {
        let outcome = try await CommandRunner(environment: [:]).run(["server", "watch", "--duration", "-1"])
        #expect(outcome.status == 64)
        #expect(outcome.standardError.contains("--duration"))
    }

    @Test("a reader that has gone ends the command quietly with status 141, not a crash")
    func closedPipe() async throws {
        try await ServerListCommandTests.Fixture.with(projects: 2, servers: 10) { fixture in
            let outcome = try await fixture.runner.runWithClosedOutput(["server", "list", "--json"])
            #expect(outcome.status == 141)
            #expect(!outcome.standardError.contains("Fatal error"), "\(outcome.standardError)")
        }
    }
}
