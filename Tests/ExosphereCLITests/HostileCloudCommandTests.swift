import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

/// The CLI against a cloud that means harm: no crash, no hang beyond the timeouts, and every
/// failure one clear message; names are shown escaped on the terminal and exact in `--json`.
@Suite("exosphere commands against a hostile cloud")
struct HostileCloudCommandTests {
    static let serverID = "9168b536-cd40-4630-b43f-b259807c6e87"
    static let commands: [[String]] = [
        ["server", "list"], ["server", "show", serverID], ["quota", "show"], ["volume", "list"], ["image", "list"],
        ["flavor", "list"],
    ]
    /// The `timeout_seconds` the runs use; a command may take two of them (the request deadline).
    static let timeoutSeconds = 10
    /// Words of a library's own error descriptions, which no message may show.
    static let libraryWords = ["HTTPClientError", "IOError", "errno", "NIO", "DecodingError", "Optional(", "Fatal error"]

    /// Runs `arguments` against a hostile cloud playing `scenario`, with a private home folder.
    /// Every request must be one the hostile cloud has an answer for: a 404 would test nothing.
    static func run(_ scenario: HostileScenario, _ arguments: [String]) async throws -> (CommandRunner.Outcome, Duration) {
        let cloud = HostileCloud(scenario: scenario)
        defer {
            let unexpected = cloud.unexpected.withLock { $0 }
            #expect(unexpected.isEmpty, "requests the hostile cloud does not answer: \(unexpected)")
        }
        return try await cloud.application().test(.live) { client in
            let port = try #require(client.port)
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-hostile-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: home) }
            try Self.writeConfiguration(home: home, port: port)
            let runner = CommandRunner(environment: [
                "HOME": home.path, "OS_CLIENT_CONFIG_FILE": home.appendingPathComponent("clouds.yaml").path,
            ])
            let started = ContinuousClock.now
            let outcome = try await runner.run(arguments, timeout: .seconds(4 * Self.timeoutSeconds))
            return (outcome, ContinuousClock.now - started)
        }
    }

    static func writeConfiguration(home: URL, port: Int) throws {
        try writeConfiguration(home: home, clouds: ["hostile": port])
    }

    /// Settings with short timeouts and a clouds.yaml naming each cloud's port.
    static func writeConfiguration(home: URL, clouds: [String: Int]) throws {
        let config = home.appendingPathComponent(".config/exosphere")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try """
            http:
              timeout_seconds: \(timeoutSeconds)
              connect_timeout_seconds: 2
            """.write(to: config.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
        let entries = clouds.sorted { $0.key < $1.key }.map { name, port in
            """
              \(name):
                auth_type: password
                auth:
                  auth_url: "http://127.0.0.1:\(port)/identity/v3"
                  username: demo
                  password: secret
                  user_domain_name: Default
                  project_name: demo
                  project_domain_name: Default
                region_name: RegionOne
                interface: public
                identity_api_version: 3
            """
        }
        try ("clouds:\n" + entries.joined(separator: "\n") + "\n")
            .write(to: home.appendingPathComponent("clouds.yaml"), atomically: true, encoding: .utf8)
    }

    @Test("no crash, no hang, and either safe output or one clear message", arguments: HostileScenario.quick, commands)
    func commandSurvives(scenario: HostileScenario, command: [String]) async throws {
        let (outcome, elapsed) = try await Self.run(scenario, command)
        let context = "\(command.joined(separator: " ")): status \(outcome.status)\n\(outcome.standardOutput)\n\(outcome.standardError)"
        #expect([0, 1].contains(outcome.status), "\(context)")
        #expect(elapsed < .seconds(3 * Self.timeoutSeconds), "took \(elapsed): \(context)")
        let everything = outcome.standardOutput + outcome.standardError
        for word in Self.libraryWords {
            #expect(!everything.contains(word), "\(context)")
        }
        // Nothing a cloud sent reaches the terminal as a control or a bidirectional override.
        #expect(!everything.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E || $0.value == 0x85 }, "\(context)")
        if outcome.status == 1 {
            // One message: an `error:` line and its `hint:` line, nothing else.
            let lines = outcome.standardError.split(separator: "\n")
            #expect(lines.filter { $0.hasPrefix("error:") }.count == 1, "\(context)")
            #expect(lines.allSatisfy { $0.hasPrefix("error:") || $0.hasPrefix("hint:") }, "\(context)")
        }
        if scenario.failure != nil {
            #expect(outcome.status == 1, "\(context)")
        }
    }

    @Test("each failure names the service and the request, with a hint that fits", arguments: [
        (HostileScenario.redirectLoop, "server", "Compute (Nova) redirected GET /compute/v2.1/servers/detail back to itself."),
        (.redirectChain, "server", "Compute (Nova) redirected GET /compute/v2.1/servers/detail more than 5 times"),
        (.truncatedBody, "server", "broke off its answer to GET /compute/v2.1/servers/detail before the end"),
        (.hugeBody, "server", "sent more than 67108864 bytes for GET /compute/v2.1/servers/detail"),
        (.invalidJSON, "server", "Compute (Nova) answered GET /compute/v2.1/servers/detail with a body that is not valid JSON"),
        (.hugeDouble, "flavor", "Compute (Nova) answered GET /compute/v2.1/flavors/detail with a number that does not fit its field"),
        (.wrongTypes, "flavor", "Compute (Nova) answered GET /compute/v2.1/flavors/detail with a field"),
    ])
    func failureMessage(scenario: HostileScenario, noun: String, phrase: String) async throws {
        let (outcome, _) = try await Self.run(scenario, [noun, "list"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError.contains(phrase), "\(outcome.standardError)")
        let hint = outcome.standardError.split(separator: "\n").first { $0.hasPrefix("hint:") } ?? ""
        #expect(!hint.isEmpty && !hint.contains("network"), "a misbehaving cloud is not a network problem: \(hint)")
    }

    @Test("escape sequences in names are shown escaped in tables and exact in --json")
    func escapedNames() async throws {
        let (table, _) = try await Self.run(.escapeSequences, ["server", "list"])
        #expect(table.status == 0, "\(table.standardError)")
        #expect(table.standardOutput.contains(#"evil\x1b[2J\x1b]0;pwned\x07\u{202e}gnp.exe\x85\x7f"#), "\(table.standardOutput)")
        let (json, _) = try await Self.run(.escapeSequences, ["server", "list", "--json"])
        #expect(json.status == 0, "\(json.standardError)")
        struct Row: Decodable { var name: String }
        let rows = try JSONDecoder().decode([Row].self, from: Data(json.standardOutput.utf8))
        #expect(rows.map(\.name) == [HostileScenario.hostileName])
    }

    @Test("absurd quotas print as numbers, not as a crash")
    func absurdQuota() async throws {
        let (outcome, _) = try await Self.run(.largestNumbers, ["quota", "show"])
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("ram"), "\(outcome.standardOutput)")
    }

    @Test("a cloud that drips its answer a byte a second is cut off at the request deadline")
    func slowDrip() async throws {
        let (outcome, elapsed) = try await Self.run(.slowDrip, ["server", "list"])
        #expect(outcome.status == 1, "\(outcome.standardError)")
        #expect(elapsed < .seconds(3 * Self.timeoutSeconds), "took \(elapsed)")
        #expect(outcome.standardError.contains("did not answer GET /compute/v2.1/servers/detail in time"), "\(outcome.standardError)")
    }

    @Test("with one cloud failing, the other's table comes first and the failure after it, once, on the same terminal")
    func mixedClouds() async throws {
        try await HostileCloud(scenario: .escapeSequences).application().test(.live) { good in
            try await HostileCloud(scenario: .redirectLoop).application().test(.live) { broken in
                let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-hostile-\(UUID().uuidString)")
                defer { try? FileManager.default.removeItem(at: home) }
                try Self.writeConfiguration(home: home, clouds: ["good": try #require(good.port), "broken": try #require(broken.port)])
                let log = home.appendingPathComponent("terminal")
                let process = try CommandRunner(environment: [
                    "HOME": home.path, "OS_CLIENT_CONFIG_FILE": home.appendingPathComponent("clouds.yaml").path,
                ]).start(["server", "list"], loggingTo: log)
                try await CommandRunner.waitForExit(process, timeout: .seconds(4 * Self.timeoutSeconds))
                if process.isRunning { process.terminate() }
                let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
                #expect(process.terminationStatus == 1, "\(lines)")
                let row = try #require(lines.firstIndex { $0.hasPrefix(#"evil\x1b[2J"#) }, "\(lines)")
                let errors = lines.indices.filter { lines[$0].hasPrefix("error:") }
                #expect(errors.count == 1, "\(lines)")
                #expect(errors.allSatisfy { $0 > row }, "\(lines)")
                #expect(lines.contains { $0.contains("cloud broken, project demo: Compute (Nova) redirected GET") }, "\(lines)")
            }
        }
    }
}
