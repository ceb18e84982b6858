import Foundation
import NIOCore
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Faults set from Swift and over HTTP: error statuses, latency, hangs and token expiry.
@Suite struct FaultInjectionTests {
    @Test func statusFaultAppliesToTheNextNMatchingRequests() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            await simulator.server.setFaults([FaultRule(method: "GET", pathPrefix: "/compute/v2.1/servers", effect: .status(503), count: 2)])
            for _ in 0..<2 {
                let reply = try await simulator.send(.GET, "/compute/v2.1/servers", token: token)
                #expect(reply.status == 503)
                #expect(reply.header("Content-Type") == "text/html")
                #expect(reply.text.contains("503 Service Unavailable"))
                #expect(reply.header("x-compute-request-id") != nil)
            }
            // Other paths and methods never matched; the rule is used up.
            #expect(try await simulator.send(.GET, "/compute/v2.1/flavors", token: token).status == 200)
            #expect(try await simulator.send(.GET, "/compute/v2.1/servers", token: token).status == 200)
            #expect(await simulator.server.faults.isEmpty)
        }
    }

    @Test func serviceErrorFaultUsesTheServiceFormat() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            await simulator.server.setFaults([FaultRule(pathPrefix: "/network", effect: .status(500), count: 1)])
            let reply = try await simulator.send(.GET, "/network/v2.0/networks", token: token)
            #expect(reply.status == 500)
            #expect(try reply.json()["NeutronError"]?["message"]?.string != nil)
        }
    }

    @Test func faultsOverHTTPAddListAndClear() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            let added = try await simulator.send(.POST, "/_simulator/faults",
                json: #"{"faults": [{"method": "GET", "path_prefix": "/image/v2/images", "status": 502, "count": 1}, {"path_prefix": "/volume", "delay_ms": 5}]}"#)
            #expect(added.status == 201)
            #expect(try added.json()["faults"]?.array?.count == 2)
            #expect(try await simulator.send(.GET, "/image/v2/images", token: token).status == 502)
            #expect(try await simulator.send(.GET, "/image/v2/images", token: token).status == 200)
            let listed = try await simulator.send(.GET, "/_simulator/faults")
            #expect(try listed.json()["faults"]?.array?.count == 1)
            #expect(try await simulator.send(.DELETE, "/_simulator/faults").status == 204)
            #expect(await simulator.server.faults.isEmpty)
            let invalid = try await simulator.send(.POST, "/_simulator/faults", json: #"{"path_prefix": "/x"}"#)
            #expect(invalid.status == 400)
        }
    }

    @Test func latencyAndDelayFaultSlowResponses() async throws {
        var options = SimulatorHarness.fastOptions()
        options.latency = .milliseconds(40)
        try await SimulatorHarness.with(options) { simulator in
            let clock = ContinuousClock()
            let slow = try await clock.measure { _ = try await simulator.send(.GET, "/compute/") }
            #expect(slow >= .milliseconds(40))
            await simulator.server.setLatency(.zero)
            await simulator.server.setFaults([FaultRule(pathPrefix: "/image", effect: .delay(.milliseconds(120)), count: 1)])
            // A request elsewhere leaves the rule unused; the matching one is delayed and uses it up.
            _ = try await simulator.send(.GET, "/compute/")
            #expect(await simulator.server.faults.first?.count == 1)
            let delayed = try await clock.measure { _ = try await simulator.send(.GET, "/image/") }
            #expect(delayed >= .milliseconds(120))
            #expect(await simulator.server.faults.isEmpty)
        }
    }

    /// The latency is the network's: the answer is made when the request arrives and sent a round
    /// trip later, so a change made while it travels is not in it. (Made after the wait instead, the
    /// answer would show the stop completed.) The margins are seconds, not milliseconds.
    @Test func latencyDelaysAnAnswerMadeOnArrival() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let id = try await simulator.serverID(token: token, status: "ACTIVE")
            let stop = try await simulator.send(.POST, "/compute/v2.1/servers/\(id)/action", token: token, json: #"{"os-stop": null}"#)
            #expect(stop.status == 202)
            // The request must arrive before the clock moves; the whole suite's load can delay it by
            // more than a second, so it gets three, within a round trip of eight.
            await simulator.server.setLatency(.seconds(8))
            // The client waits far longer than the round trip: under load, eight seconds of latency
            // can finish after the default ten-second deadline.
            async let travelling = simulator.send(
                .GET, "/compute/v2.1/servers/\(id)", token: token, timeout: .seconds(60))
            try await Task.sleep(for: .seconds(3))
            await simulator.advance(5)
            let answer = try await travelling.json()["server"]
            #expect(answer?["status"]?.string == "ACTIVE")
            #expect(answer?["OS-EXT-STS:task_state"]?.string == "powering-off")
            await simulator.server.setLatency(.zero)
            #expect(try await simulator.status(of: id, token: token) == "SHUTOFF")
        }
    }

    @Test func hangingRequestTimesOutOnTheClient() async throws {
        try await SimulatorHarness.with { simulator in
            await simulator.server.setFaults([FaultRule(pathPrefix: "/network", effect: .hang, count: 1)])
            await #expect(throws: (any Error).self) {
                _ = try await simulator.send(.GET, "/network/", timeout: .milliseconds(200))
            }
            // On a loaded machine the client may give up before the request reaches the server,
            // leaving the one-shot rule unused; the follow-up must not meet it.
            for _ in 0..<100 where await !simulator.server.faults.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
            await simulator.server.setFaults([])
            let after = try await simulator.send(.GET, "/network/")
            #expect(after.status == 200)
        }
    }

    @Test func expiringAllTokensMakesServicesAnswer401() async throws {
        try await SimulatorHarness.with { simulator in
            let token = try await simulator.token()
            #expect(try await simulator.send(.GET, "/compute/v2.1/servers", token: token).status == 200)
            #expect(try await simulator.send(.POST, "/_simulator/tokens/expire").status == 204)
            let reply = try await simulator.send(.GET, "/compute/v2.1/servers", token: token)
            #expect(reply.status == 401)
            #expect(reply.header("WWW-Authenticate")?.hasPrefix("Keystone uri=") == true)
            #expect(reply.header("OpenStack-API-Version") == nil)
            let fresh = try await simulator.token()
            #expect(try await simulator.send(.GET, "/compute/v2.1/servers", token: fresh).status == 200)
        }
    }

    @Test func shortTokenLifetimeExpiresTokens() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            await simulator.server.setTokenLifetime(.seconds(60))
            let token = try await simulator.token()
            #expect(try await simulator.send(.GET, "/image/v2/images", token: token).status == 200)
            await simulator.advance(61)
            #expect(try await simulator.send(.GET, "/image/v2/images", token: token).status == 401)
            let validate = try await simulator.send(.GET, "/identity/v3/auth/tokens", token: try await simulator.token(), headers: [("X-Subject-Token", token)])
            #expect(validate.status == 404)
        }
    }

    @Test func requestLogCountsServiceRequests() async throws {
        try await SimulatorHarness.with { simulator in
            #expect(try await simulator.send(.DELETE, "/_simulator/requests").status == 204)
            let token = try await simulator.token()
            _ = try await simulator.send(.GET, "/compute/v2.1/servers", token: token)
            _ = try await simulator.send(.GET, "/compute/v2.1/nope", token: token)
            let log = try await simulator.send(.GET, "/_simulator/requests").json()
            #expect(log["count"]?.int == 3)
            let statuses = log["requests"]?.array?.compactMap { $0["status"]?.int }
            #expect(statuses == [201, 200, 404])
            let compute = try await simulator.send(.GET, "/_simulator/requests?path_prefix=/compute").json()
            #expect(compute["count"]?.int == 2)
            #expect(await simulator.server.recordedRequests().total == 3)
        }
    }

    @Test func controlAPISetsLatencyAndTokenLifetimeWithinBounds() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            #expect(try await simulator.send(.PUT, "/_simulator/latency", json: #"{"milliseconds": 60}"#).status == 204)
            let clock = ContinuousClock()
            let slow = try await clock.measure { _ = try await simulator.send(.GET, "/network/") }
            #expect(slow >= .milliseconds(60))
            #expect(try await simulator.send(.PUT, "/_simulator/latency", json: #"{"milliseconds": 1e12}"#).status == 400)
            #expect(try await simulator.send(.PUT, "/_simulator/latency", json: #"{"milliseconds": 0}"#).status == 204)
            #expect(try await simulator.send(.PUT, "/_simulator/tokens/lifetime", json: #"{"seconds": 30}"#).status == 204)
            let token = try await simulator.token()
            await simulator.advance(31)
            #expect(try await simulator.send(.GET, "/network/v2.0/networks", token: token).status == 401)
            #expect(try await simulator.send(.POST, "/_simulator/clock/advance", json: #"{"seconds": -5}"#).status == 400)
        }
    }
}
