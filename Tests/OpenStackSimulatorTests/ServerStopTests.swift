import Logging
import NIOHTTP1
import OpenStackSimulator
import Testing

/// `stop()` with requests in flight: a graceful shutdown, never a crash, and no wait for hangs.
@Suite struct ServerStopTests {
    // Cancelling the server's task while connections were accepted or in flight crashed the whole
    // process now and then ("Deinited NIOAsyncWriter without calling finish()"); many rounds with
    // varied timing give that race its chances.
    @Test(arguments: 0..<20)
    func stopWithRequestsInFlight(round: Int) async throws {
        var options = SimulatorHarness.fastOptions(projects: 1, servers: 20)
        // Far beyond what a loaded machine needs to stop, so only a held stop() comes near it.
        options.maximumShutdownWait = .seconds(120)
        let server = SimulatorServer(options: options, logger: Logger(label: "exosphere.simulator.tests"))
        let endpoint = try await server.start()
        let simulator = SimulatorHarness(server: server, endpoint: endpoint)
        let token = try await simulator.token()
        await server.setFaults([FaultRule(pathPrefix: "/network", effect: .hang, count: 1)])
        let statuses = try await withThrowingTaskGroup(of: Int?.self) { group in
            group.addTask { try? await simulator.send(.GET, "/network/").status }
            for _ in 0..<8 {
                group.addTask { try? await simulator.send(.GET, "/compute/v2.1/servers/detail", token: token).status }
            }
            try await Task.sleep(for: .milliseconds(round % 5))
            let started = ContinuousClock.now
            await server.stop()
            // The graceful shutdown would give up after 120 s; finishing well before shows the
            // hanging request did not hold it.
            #expect(ContinuousClock.now - started < .seconds(60), "a hanging request must not hold stop()")
            return try await group.reduce(into: [Int?]()) { $0.append($1) }
        }
        // A request either failed to connect, completed, or was cut short with 503.
        #expect(statuses.allSatisfy { $0 == nil || $0 == 200 || $0 == 503 }, "\(statuses)")
        #expect(await server.currentEndpoint == nil)
    }

    @Test func stopAnswersAHangingRequestWith503() async throws {
        let server = SimulatorServer(options: SimulatorHarness.fastOptions(projects: 1, servers: 4), logger: Logger(label: "exosphere.simulator.tests"))
        let simulator = SimulatorHarness(server: server, endpoint: try await server.start())
        await server.setFaults([FaultRule(pathPrefix: "/network", effect: .hang, count: 1)])
        async let hanging = simulator.send(.GET, "/network/")
        // The rule is used up once the request has reached the hang.
        for _ in 0..<500 where await !server.faults.isEmpty { try await Task.sleep(for: .milliseconds(2)) }
        #expect(await server.faults.isEmpty)
        await server.stop()
        #expect(try await hanging.status == 503)
    }
}
