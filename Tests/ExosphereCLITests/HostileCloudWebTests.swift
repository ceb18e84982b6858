import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `exosphere serve` against the hostile cloud: every page answers (a page or an error page) in
/// bounded time, the server survives, and no page shows a library's words.
@Suite("the web UI against a hostile cloud")
struct HostileCloudWebTests {
    static let pages = [
        "/", "/instances", "/instances/hostile/\(HostileCloudCommandTests.serverID)", "/volumes", "/images", "/quotas",
        "/launch",
    ]

    @Test("no crash, no hang, no library words on any page", arguments: HostileScenario.quick)
    func pagesSurvive(scenario: HostileScenario) async throws {
        let cloud = HostileCloud(scenario: scenario)
        try await cloud.application().test(.live) { client in
            let port = try #require(client.port)
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-hostile-web-\(UUID().uuidString)")
            try HostileCloudCommandTests.writeConfiguration(home: home, port: port)
            let log = home.appendingPathComponent("serve.log")
            let serve = try CommandRunner(environment: [
                "HOME": home.path, "OS_CLIENT_CONFIG_FILE": home.appendingPathComponent("clouds.yaml").path,
            ]).start(["serve", "--port", "0"], loggingTo: log)
            defer {
                if serve.isRunning { serve.terminate() }
                try? FileManager.default.removeItem(at: home)
            }
            func output() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
            let deadline = ContinuousClock.now + .seconds(60)
            while !output().contains("Press Ctrl-C"), serve.isRunning, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(100))
            }
            let printed = try #require(output().range(of: "Exosphere is at ").map { output()[$0.upperBound...].prefix { !$0.isWhitespace } })
            let entry = try #require(URL(string: String(printed)))
            let configuration = URLSessionConfiguration.ephemeral
            configuration.timeoutIntervalForRequest = TimeInterval(4 * HostileCloudCommandTests.timeoutSeconds)
            let session = URLSession(configuration: configuration)
            _ = try await session.data(from: entry)
            for page in Self.pages {
                let url = try #require(URL(string: page, relativeTo: entry))
                let started = ContinuousClock.now
                let (body, response) = try await session.data(from: url)
                let elapsed = ContinuousClock.now - started
                let status = (response as? HTTPURLResponse)?.statusCode ?? 0
                let text = String(decoding: body, as: UTF8.self)
                let context = "\(scenario) \(page): HTTP \(status) after \(elapsed)"
                #expect(serve.isRunning, "the server stopped: \(context)\n\(output())")
                #expect((200..<600).contains(status), "\(context)")
                #expect(elapsed < .seconds(3 * HostileCloudCommandTests.timeoutSeconds), "\(context)")
                for word in HostileCloudCommandTests.libraryWords {
                    #expect(!text.contains(word), "\(context): \(word)")
                }
                if status >= 500 {
                    // A cloud's failure reads as a page naming the service, as the CLI says it.
                    #expect(
                        text.contains("Compute (Nova)") || text.contains("Image (Glance)") || text.contains("Block Storage (Cinder)")
                            || text.contains("Network (Neutron)") || text.contains("Identity (Keystone)"), "\(context)")
                }
            }
            let unexpected = cloud.unexpected.withLock { $0 }
            #expect(unexpected.isEmpty, "requests the hostile cloud does not answer: \(unexpected)")
            serve.interrupt()
            try await CommandRunner.waitForExit(serve)
            #expect(serve.terminationStatus == 0, "\(output())")
        }
    }
}
