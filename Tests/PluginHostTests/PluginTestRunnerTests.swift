import Foundation
import PluginHost
import Testing

/// `exosphere plugin test`: a plugin's own Lua specs against a fake host with HTTP fixtures.
@Suite struct PluginTestRunnerTests {
    @Test func specsPassAgainstRecordedFixtures() async throws {
        let results = try await PluginTestRunner.run(folder: TestPlugins.folder("ticket-demo"))
        #expect(results.map(\.name) == ["get-help files a ticket and returns its id", "get-help refuses an undeclared host"])
        #expect(results.allSatisfy { $0.failure == nil }, "\(results)")
    }

    @Test func failingExpectationIsReportedWithExpectedAndGot() async throws {
        let copy = try TestPlugins.copy("ticket-demo")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        let spec = copy.folder + "/tests/ticket_spec.lua"
        let text = try String(contentsOfFile: spec, encoding: .utf8).replacingOccurrences(of: "to_equal(4711)", with: "to_equal(1)")
        try text.write(toFile: spec, atomically: true, encoding: .utf8)
        let results = try await PluginTestRunner.run(folder: copy.folder)
        let failure = try #require(results.first?.failure)
        #expect(failure.contains("expected 1, got 4711"), "\(failure)")
    }

    @Test func unexpectedRequestIsReported() async throws {
        let copy = try TestPlugins.copy("ticket-demo")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        try "endpoint: https://support.example.edu/api/v2\n".write(
            toFile: copy.folder + "/tests/settings.yaml", atomically: true, encoding: .utf8)
        let results = try await PluginTestRunner.run(folder: copy.folder)
        let problems = results.filter { $0.name == "(HTTP fixtures)" }.compactMap(\.failure)
        #expect(problems.contains("request 1: expected POST https://support.example.edu/api/tickets, got POST https://support.example.edu/api/v2/tickets"))
    }

    @Test func scaffoldedPluginPassesItsOwnTest() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-new-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = try PluginScaffold.create(id: "my-card", in: root)
        let results = try await PluginTestRunner.run(folder: folder)
        #expect(results.count == 1)
        #expect(results.first?.failure == nil, "\(results)")
        #expect(throws: PluginError.invalidPluginName(name: "My Card")) { try PluginScaffold.create(id: "My Card", in: root) }
    }
}
