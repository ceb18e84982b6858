import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import OpenStackSimulator
import Synchronization
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `exosphere serve` stops promptly on SIGTERM even while a plugin is stuck waiting in a handler.
@Suite struct ServeShutdownTests {
    static let manifest = """
        id: stuck-plugin
        name: Stuck plugin
        version: 0.1.0
        api: ">=1.0, <2.0"
        description: Waits on a server that never answers whenever the dashboard is shown.
        author: Exosphere tests
        capabilities:
          http: ["http://127.0.0.1:PORT"]

        """

    static let initLua = """
        exo.on("dashboard.rendered", function()
          exo.http.request{ url = "http://127.0.0.1:PORT/hang", timeout = 25 }
        end)

        """

    @Test func sigtermStopsTheServerWhileAPluginWaitsInAHandler() async throws {
        let reached = Mutex(false)
        let released = Mutex(false)
        let router = Router()
        // Answers only when the test is over (a minute at most), so the plugin waits meanwhile.
        router.get("/hang") { _, _ -> Response in
            reached.withLock { $0 = true }
            let limit = ContinuousClock.now + .seconds(60)
            while !released.withLock({ $0 }), ContinuousClock.now < limit {
                try await Task.sleep(for: .milliseconds(50))
            }
            return Response(status: .ok)
        }
        let silent = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await silent.test(.live) { client in
            let port = try #require(client.port)
            let simulator = SimulatorServer(options: SimulatorOptions(), logger: Logger(label: "exosphere.tests.simulator"))
            let endpoint = try await simulator.start()
            let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-shutdown-\(UUID().uuidString)")
            let plugin = home.appendingPathComponent(".config/exosphere/plugins/stuck-plugin")
            try FileManager.default.createDirectory(at: plugin, withIntermediateDirectories: true)
            try Self.manifest.replacingOccurrences(of: "PORT", with: "\(port)")
                .write(to: plugin.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
            try Self.initLua.replacingOccurrences(of: "PORT", with: "\(port)")
                .write(to: plugin.appendingPathComponent("init.lua"), atomically: true, encoding: .utf8)
            try "plugins:\n  enabled: true\n  stuck-plugin:\n    enabled: true\n"
                .write(to: home.appendingPathComponent(".config/exosphere/config.yaml"), atomically: true, encoding: .utf8)
            let cloudsYAML = home.appendingPathComponent("clouds.yaml")
            try endpoint.writeCloudsYAML(to: cloudsYAML.path)
            let log = home.appendingPathComponent("serve.log")
            let serve = try CommandRunner(environment: ["HOME": home.path, "OS_CLIENT_CONFIG_FILE": cloudsYAML.path])
                .start(["serve", "--port", "0"], loggingTo: log)
            defer {
                if serve.isRunning { kill(serve.processIdentifier, SIGKILL) }
                try? FileManager.default.removeItem(at: home)
            }
            func output() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
            let address = try await CommandRunner.servedAddress(in: log, by: serve)
            let (_, response) = try await URLSession(configuration: .ephemeral).data(from: address)
            #expect((response as? HTTPURLResponse)?.statusCode == 200)
            let stuck = ContinuousClock.now + .seconds(20)
            while !reached.withLock({ $0 }), ContinuousClock.now < stuck {
                try await Task.sleep(for: .milliseconds(50))
            }
            try #require(reached.withLock { $0 }, "the plugin's handler never called the silent server: \(output())")

            defer { released.withLock { $0 = true } }
            let signalled = ContinuousClock.now
            serve.terminate()
            try await CommandRunner.waitForExit(serve, timeout: .seconds(20))
            let took = ContinuousClock.now - signalled
            #expect(!serve.isRunning, "still running \(took) after SIGTERM: \(output())")
            #expect(took < .seconds(5), "SIGTERM took \(took)")
            #expect(serve.terminationStatus == 0, "\(output())")
            await simulator.stop()
        }
    }
}
