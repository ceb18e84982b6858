import Foundation
import Testing

/// `exosphere plugin …` end to end: scaffold, list, enable, test, and errors.
struct PluginCommandTests {
    @Test("new, list, enable, list again, test: the scaffolded plugin runs")
    func scaffoldEnableAndTest() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exo-plugin-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let plugins = home.appendingPathComponent(".config/exosphere/plugins")
        try FileManager.default.createDirectory(at: plugins, withIntermediateDirectories: true)
        let runner = CommandRunner(environment: ["HOME": home.path])

        let created = try await runner.run(["plugin", "new", "my-card", "--directory", plugins.path])
        #expect(created.status == 0, "\(created.standardError)")

        let before = try await runner.run(["plugin", "list", "--json"])
        #expect(before.status == 0, "\(before.standardError)")
        let beforeRows = try JSONSerialization.jsonObject(with: Data(before.standardOutput.utf8)) as? [[String: Any]]
        let card = try #require(beforeRows?.first { $0["id"] as? String == "my-card" })
        #expect(card["enabled"] as? Bool == false)
        #expect(card["origin"] as? String == "user")

        let enabled = try await runner.run(["plugin", "enable", "my-card"])
        #expect(enabled.status == 0, "\(enabled.standardError)")
        let settings = try String(contentsOf: home.appendingPathComponent(".config/exosphere/config.yaml"), encoding: .utf8)
        #expect(settings.contains("my-card:\n    enabled: true"))

        let after = try await runner.run(["plugin", "list", "--json"])
        let afterRows = try JSONSerialization.jsonObject(with: Data(after.standardOutput.utf8)) as? [[String: Any]]
        let running = try #require(afterRows?.first { $0["id"] as? String == "my-card" })
        #expect(running["state"] as? String == "running")

        let tested = try await runner.run(["plugin", "test", plugins.appendingPathComponent("my-card").path])
        #expect(tested.status == 0, "\(tested.standardOutput)")
        #expect(tested.standardOutput.contains("1 passed, 0 failed"))

        // In the plugin's own folder, as its author works: `.` and no argument at all.
        var inFolder = runner
        inFolder.currentDirectory = plugins.appendingPathComponent("my-card")
        for arguments in [["plugin", "test", "."], ["plugin", "test"]] {
            let here = try await inFolder.run(arguments)
            #expect(here.status == 0, "\(arguments): \(here.standardOutput) \(here.standardError)")
            #expect(here.standardOutput.contains("1 passed, 0 failed"), "\(arguments)")
        }
    }

    @Test("an unknown plugin is an error with a hint")
    func unknownPlugin() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exo-plugin-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let outcome = try await CommandRunner(environment: ["HOME": home.path]).run(["plugin", "info", "no-such-plugin"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains("error: There is no plugin no-such-plugin."))
        #expect(outcome.standardError.contains("hint: Run `exosphere plugin list`"))
    }
}
