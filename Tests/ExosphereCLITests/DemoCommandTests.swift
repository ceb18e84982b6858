import Foundation
import Testing

/// `exosphere demo`, the README's first command, run as a newcomer runs it.
@Suite("exosphere demo")
struct DemoCommandTests {
    @Test("demo starts a cloud, shows what it holds, serves other commands, and stops on Ctrl-C")
    func demoRunsAndStops() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let log = home.appendingPathComponent("demo.log")
        let demo = try CommandRunner(environment: ["HOME": home.path]).start(["demo"], loggingTo: log)
        // A failed expectation below must not leave the demo running.
        defer { if demo.isRunning { demo.terminate() } }
        let cloudsYAML = home.appendingPathComponent(".config/exosphere/demo/clouds.yaml")
        func output() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }

        // The demo says when it is ready for other commands.
        let deadline = ContinuousClock.now + .seconds(60)
        while !output().contains("Press Ctrl-C"), demo.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(demo.isRunning, "\(output())")
        let mode = try FileManager.default.attributesOfItem(atPath: cloudsYAML.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let other = CommandRunner(environment: [
            "HOME": home.path, "OS_CLIENT_CONFIG_FILE": cloudsYAML.path, "OS_CLOUD": "simulator",
        ])
        let list = try await other.run(["server", "list", "--json"])
        #expect(list.status == 0, "\(list.standardError)")
        let rows = try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]]
        #expect(rows?.count == 36)

        demo.interrupt()
        try await CommandRunner.waitForExit(demo)
        #expect(demo.terminationStatus == 0, "\(output())")
        #expect(output().contains("Signed in as the demo user"))
        #expect(output().contains("36 instances"))
        #expect(output().contains("The web UI is at http://127.0.0.1:"))
    }
}
