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

    @Test(
        "a replica killed mid-session loses nothing: the other serves the clouds and instances and takes the first one's form; a restarted database keeps the session; signing out ends it on both"
    )
    func killOneReplica() async throws {
        let database = try await DedicatedPostgres.start()
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-replicas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let client = HTTPClient(configuration: .init(redirectConfiguration: .disallow))
        var running: [ServedReplica] = []
        var balancer: LoadBalancer?
        do {
            try await SimulatedCloud.with { endpoint in
                let (front, portA, portB) = (try ServedReplica.freePort(), try ServedReplica.freePort(), try ServedReplica.freePort())
                let publicURL = "http://127.0.0.1:\(front)"
                let settings = Self.settings(publicURL: publicURL, authURL: endpoint.authURL, domain: endpoint.domainName, database: database.url)
                let a = try await ServedReplica.start(settings: settings, port: portA, publicURL: publicURL, home: home.appendingPathComponent("a"))
                running.append(a)
                let b = try await ServedReplica.start(settings: settings, port: portB, publicURL: publicURL, home: home.appendingPathComponent("b"))
                running.append(b)
                balancer = try await LoadBalancer.start(port: front, backends: [portA, portB], folder: home)

                // Signed in through the balancer; round-robin then serves pages from both replicas.
                var browser = SocketBrowser(client: client, origin: publicURL)
                try await browser.get(publicURL + "/clouds")
                let signIn = try await browser.post(
                    publicURL + "/clouds/login",
                    [("offered", "Campus cloud"), ("method", "password"), ("username", endpoint.username), ("password", endpoint.password.revealed)])
                #expect(signIn.status == 303, "\(signIn.body.prefix(500))")
                for _ in 0..<4 {
                    #expect(try await browser.get(publicURL + "/").body.contains("36 instances"))
                }

                // A form from replica A, which then dies.
                let formFromA = try await browser.get("http://127.0.0.1:\(portA)/settings")
                #expect(formFromA.status == 200)
                let token = try #require(browser.csrf)
                a.kill()
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
                try await database.restart()
                let afterRestart = try await browser.get(publicURL + "/clouds")
                #expect(afterRestart.status == 200, "\(afterRestart.body.prefix(300))")
                #expect(afterRestart.body.contains("<td>Campus cloud</td>"))

                // A again, and a sign-out through the balancer ends the session on both replicas.
                let again = try await ServedReplica.start(settings: settings, port: portA, publicURL: publicURL, home: home.appendingPathComponent("a"))
                running.append(again)
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
        } catch {
            balancer?.stop()
            running.forEach { $0.stop() }
            try? await client.shutdown()
            await database.stop()
            throw error
        }
        balancer?.stop()
        running.forEach { $0.stop() }
        try await client.shutdown()
        await database.stop()
        try? FileManager.default.removeItem(at: home)
    }
}
