import Foundation
import Logging
import OpenStackSimulator
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `exosphere serve`, run as an operator runs it, against a simulated cloud in clouds.yaml.
@Suite("exosphere serve")
struct ServeCommandTests {
    @Test("serve prints an address with its access token; the address opens the dashboard, without the token it does not")
    func serveShowsTheClouds() async throws {
        let simulator = SimulatorServer(options: SimulatorOptions(), logger: Logger(label: "exosphere.tests.simulator"))
        let endpoint = try await simulator.start()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let cloudsYAML = home.appendingPathComponent("clouds.yaml")
        try endpoint.writeCloudsYAML(to: cloudsYAML.path)
        let log = home.appendingPathComponent("serve.log")
        let serve = try CommandRunner(environment: ["HOME": home.path, "OS_CLIENT_CONFIG_FILE": cloudsYAML.path])
            .start(["serve", "--port", "0"], loggingTo: log)
        defer {
            if serve.isRunning { serve.terminate() }
            try? FileManager.default.removeItem(at: home)
        }
        func output() -> String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
        let url = try await CommandRunner.servedAddress(in: log, by: serve)
        #expect(url.host == "127.0.0.1")
        #expect(url.query?.hasPrefix("token=") == true)

        let session = URLSession(configuration: .ephemeral)
        let (page, response) = try await session.data(from: url)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: page, as: UTF8.self).contains("36 instances in 1 clouds"))
        var bare = URLComponents(url: url, resolvingAgainstBaseURL: false)
        bare?.query = nil
        let (_, refused) = try await URLSession(configuration: .ephemeral).data(from: try #require(bare?.url))
        #expect((refused as? HTTPURLResponse)?.statusCode == 401)

        serve.interrupt()
        try await CommandRunner.waitForExit(serve)
        #expect(serve.terminationStatus == 0, "\(output())")
        await simulator.stop()
    }
}
