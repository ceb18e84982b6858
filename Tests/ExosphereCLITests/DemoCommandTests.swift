import Foundation
import Synchronization
import Testing

/// `exosphere demo`, the README's first command, run as a newcomer runs it.
@Suite("exosphere demo")
struct DemoCommandTests {
    @Test("demo starts a cloud, shows what it holds, serves other commands, and stops on Ctrl-C")
    func demoRunsAndStops() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let runner = CommandRunner(environment: ["HOME": home.path])
        let demo = try runner.start(["demo"])
        let output = OutputCollector()
        demo.standardOutput.fileHandleForReading.readabilityHandler = { output.append($0.availableData) }
        let cloudsYAML = home.appendingPathComponent(".config/exosphere/demo/clouds.yaml")

        // The demo says when it is ready for other commands.
        let deadline = ContinuousClock.now + .seconds(60)
        while !output.text.contains("Press Ctrl-C"), demo.process.isRunning, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(demo.process.isRunning)
        let mode = try FileManager.default.attributesOfItem(atPath: cloudsYAML.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let other = CommandRunner(environment: [
            "HOME": home.path, "OS_CLIENT_CONFIG_FILE": cloudsYAML.path, "OS_CLOUD": "simulator",
        ])
        let list = try other.run(["server", "list", "--json"])
        #expect(list.status == 0, "\(list.standardError)")
        let rows = try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [[String: Any]]
        #expect(rows?.count == 36)

        demo.process.interrupt()
        demo.process.waitUntilExit()
        demo.standardOutput.fileHandleForReading.readabilityHandler = nil
        #expect(demo.process.terminationStatus == 0)
        #expect(output.text.contains("Signed in as the demo user"))
        #expect(output.text.contains("36 instances"))
    }
}

/// Collects a process's output as it arrives.
final class OutputCollector: Sendable {
    private let buffer = Mutex(Data())

    func append(_ data: Data) {
        buffer.withLock { $0.append(data) }
    }

    var text: String {
        buffer.withLock { String(decoding: $0, as: UTF8.self) }
    }
}
