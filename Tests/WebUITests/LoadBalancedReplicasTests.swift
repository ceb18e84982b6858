import AsyncHTTPClient
import Foundation
import OpenStackSimulator
import PostgresTesting
import Secrets
import Testing

/// Hosted mode with every part real: two `exosphere serve` processes behind Debian's HAProxy,
/// sharing their sessions through a PostgreSQL of their own, in front of the simulator.
@Suite(
    "Replicas behind a real load balancer", .serialized,
    .enabled(if: LoadBalancer.binary != nil, "Needs Debian's haproxy: apt-get install haproxy"))
struct LoadBalancedReplicasTests {
    /// The settings file of every replica: the simulated cloud offered by password, sessions in `database`.
    static func settings(publicURL: String, authURL: String, domain: String, database: String) -> String {
        """
        ui:
          public_url: \(publicURL)
          private_cloud_addresses: true
        hosting:
          clouds:
            - name: Campus cloud
              auth_url: \(authURL)
              domain: \(domain)
              sign_in: [password]
          visitor_clouds: false
          sessions: "\(database)"
        """
    }

    /// Two replicas (A and B) behind HAProxy, sessions in a PostgreSQL of their own, the simulated
    /// cloud offered; everything stopped afterwards, even when `body` throws.
    final class Deployment: @unchecked Sendable {
        let database: DedicatedPostgres
        let endpoint: SimulatorEndpoint
        let home: URL
        let client = HTTPClient(configuration: .init(redirectConfiguration: .disallow))
        let front: Int
        let portA: Int
        let portB: Int
        var running: [ServedReplica] = []
        var balancer: LoadBalancer?

        init(database: DedicatedPostgres, endpoint: SimulatorEndpoint) throws {
            self.database = database
            self.endpoint = endpoint
            home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-replicas-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            (front, portA, portB) = (try ServedReplica.freePort(), try ServedReplica.freePort(), try ServedReplica.freePort())
        }

        var publicURL: String { "http://127.0.0.1:\(front)" }

        /// Starts the replica on `port` (A's or B's).
        @discardableResult
        func startReplica(_ port: Int) async throws -> ServedReplica {
            let settings = LoadBalancedReplicasTests.settings(
                publicURL: publicURL, authURL: endpoint.authURL, domain: endpoint.domainName, database: database.url)
            let replica = try await ServedReplica.start(
                settings: settings, port: port, publicURL: publicURL, home: home.appendingPathComponent(port == portA ? "a" : "b"))
            running.append(replica)
            return replica
        }

        /// A browser through the balancer, signed in to the offered cloud.
        func signedInBrowser() async throws -> SocketBrowser {
            var browser = SocketBrowser(client: client, origin: publicURL)
            try await browser.get(publicURL + "/clouds")
            let signIn = try await browser.post(
                publicURL + "/clouds/login",
                [("offered", "Campus cloud"), ("method", "password"), ("username", endpoint.username), ("password", endpoint.password.revealed)])
            #expect(signIn.status == 303, "\(signIn.body.prefix(500))")
            return browser
        }

        static func with(_ body: (Deployment) async throws -> Void) async throws {
            let database = try await DedicatedPostgres.start()
            try await SimulatedCloud.with { endpoint in
                let deployment = try Deployment(database: database, endpoint: endpoint)
                do {
                    try await deployment.startReplica(deployment.portA)
                    try await deployment.startReplica(deployment.portB)
                    deployment.balancer = try await LoadBalancer.start(
                        port: deployment.front, backends: [deployment.portA, deployment.portB], folder: deployment.home)
                    try await body(deployment)
                } catch {
                    await deployment.tearDown()
                    throw error
                }
                await deployment.tearDown()
            }
        }

        func tearDown() async {
            balancer?.stop()
            // Killed, not drained: the test is over.
            running.forEach { $0.kill() }
            try? await client.shutdown()
            await database.stop()
            try? FileManager.default.removeItem(at: home)
        }
    }

    @Test(
        "a replica killed mid-session loses nothing: the other serves the clouds and instances and takes the first one's form; a restarted database keeps the session; signing out ends it on both"
    )
    func killOneReplica() async throws {
        try await Deployment.with { deployment in
            let (publicURL, portA, portB) = (deployment.publicURL, deployment.portA, deployment.portB)
            // Signed in through the balancer; round-robin then serves pages from both replicas.
            var browser = try await deployment.signedInBrowser()
            for _ in 0..<4 {
                #expect(try await browser.get(publicURL + "/").body.contains("36 instances"))
            }

            // A form from replica A, which then dies.
            let formFromA = try await browser.get("http://127.0.0.1:\(portA)/settings")
            #expect(formFromA.status == 200)
            let token = try #require(browser.csrf)
            deployment.running[0].kill()
            for _ in 0..<4 {
                let clouds = try await browser.get(publicURL + "/clouds")
                #expect(clouds.status == 200)
                #expect(clouds.body.contains("<td>Campus cloud</td>"))
            }
            #expect(try await browser.get(publicURL + "/instances").body.contains("astro-web-01"))
            let saved = try await browser.post(publicURL + "/settings", [("mode", "dark")], token: token)
            #expect(saved.status == 303, "B takes A's form token: \(saved.body.prefix(300))")
            #expect(try await browser.get(publicURL + "/settings").body.contains("data-color-mode=\"dark\""))

            // The database restarts: what was committed is all there.
            try await deployment.database.restart()
            let afterRestart = try await browser.get(publicURL + "/clouds")
            #expect(afterRestart.status == 200, "\(afterRestart.body.prefix(300))")
            #expect(afterRestart.body.contains("<td>Campus cloud</td>"))

            // A again, and a sign-out through the balancer ends the session on both replicas.
            try await deployment.startReplica(portA)
            #expect(try await browser.get("http://127.0.0.1:\(portA)/clouds").body.contains("<td>Campus cloud</td>"))
            let ended = browser
            try await browser.get(publicURL + "/settings")
            #expect(try await browser.post(publicURL + "/logout", []).status == 303)
            for port in [portA, portB] {
                var copy = ended
                let page = try await copy.get("http://127.0.0.1:\(port)/clouds")
                #expect(!page.body.contains("<td>Campus cloud</td>"), "still signed in on port \(port)")
            }
        }
    }

    @Test("a replica stopped with SIGTERM turns /readyz to 503, keeps answering while the balancer moves away, and no request through it fails")
    func drainOnSigterm() async throws {
        try await Deployment.with { deployment in
            var browser = try await deployment.signedInBrowser()
            let publicURL = deployment.publicURL
            let traffic = Task { [browser] in
                var browser = browser
                var statuses: [Int] = []
                let until = ContinuousClock.now + .seconds(9)
                while ContinuousClock.now < until {
                    statuses.append((try? await browser.get(publicURL + "/instances").status) ?? 0)
                    try await Task.sleep(for: .milliseconds(50))
                }
                return statuses
            }
            try await Task.sleep(for: .seconds(1))
            let a = deployment.running[0]
            let stopped = ContinuousClock.now
            a.process.terminate()
            try await Task.sleep(for: .milliseconds(200))
            let readiness = try await browser.get("http://127.0.0.1:\(deployment.portA)/readyz")
            #expect(readiness.status == 503)
            #expect(readiness.body.contains("stopping"))
            // Still answering pages while draining.
            #expect(try await browser.get("http://127.0.0.1:\(deployment.portA)/clouds").status == 200)
            let statuses = try await traffic.value
            #expect(statuses.count > 40)
            #expect(statuses.allSatisfy { $0 == 200 }, "\(statuses.filter { $0 != 200 })")
            a.process.waitUntilExit()
            #expect(ContinuousClock.now - stopped >= .seconds(5), "drained for the default five seconds")
            #expect(a.process.terminationStatus == 0)
        }
    }
}
