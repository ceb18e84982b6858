import CloudConfig
import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import Metrics
import NIOCore
import OpenStackSimulator
import PostgresTesting
import Prometheus
import Testing

@testable import SessionDatabase
@testable import WebUI

/// The metrics every replica collects for Prometheus, once for the test process (swift-metrics
/// takes one backend per process, as `exosphere serve` sets it).
enum TestMetrics {
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }()
}

/// `GET /metrics`: only for the scraper's token, in Prometheus's format, with labels a visitor
/// cannot multiply.
@Suite("Metrics for Prometheus", .serialized)
struct MetricsTests {
    static let token = "scraper-token-0123456789"

    static func configuration(token: String? = MetricsTests.token) -> WebUIConfiguration {
        var configuration = TestWebApp.configuration(host: "0.0.0.0")
        configuration.metrics = TestMetrics.registry
        configuration.settings.hosting.metricsToken = token
        return configuration
    }

    static func scrape(_ client: any TestClientProtocol, token: String = MetricsTests.token) async throws -> TestResponse {
        try await client.execute(uri: "/metrics", method: .get, headers: [.authorization: "Bearer \(token)"], body: nil)
    }

    @Test("only the scraper's token reads /metrics; without a token set there is no such page; a made-up method is refused first")
    func access() async throws {
        let app = try WebApp(configuration: Self.configuration(), sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.metrics"))
        try await TestWebApp.serve(app) { client in
            let anonymous = try await client.execute(uri: "/metrics", method: .get)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers[.wwwAuthenticate] == "Bearer")
            #expect(anonymous.headers[.setCookie] == nil, "a scrape makes no session")
            #expect(try await Self.scrape(client, token: "scraper-token-0123456788").status == .unauthorized)
            let scraped = try await Self.scrape(client)
            #expect(scraped.status == .ok)
            #expect(scraped.headers[.contentType]?.hasPrefix("text/plain; version=0.0.4") == true)
            #expect(String(buffer: scraped.body).contains("exosphere_sessions_active"))
            let made = try await client.execute(uri: "/", method: try #require(HTTPRequest.Method("PROPFIND")), headers: [:], body: nil)
            #expect(made.status == .methodNotAllowed)
            #expect(made.headers[.allow] == "GET, HEAD, POST")
        }
        let closed = try WebApp(configuration: Self.configuration(token: nil), sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.metrics"))
        try await TestWebApp.serve(closed) { client in
            let scraped = try await Self.scrape(client)
            #expect(scraped.status == .notFound)
        }
    }

    @Test("requests are counted by route template and status; an unknown address does not become a label; polls of a visitor's cloud are labelled visitor")
    func labels() async throws {
        try await SimulatedCloud.with { endpoint in
            let app = try WebApp(configuration: Self.configuration(), sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.metrics"))
            try await TestWebApp.serve(app) { client in
                var browser = TestBrowser(client)
                try await browser.get("/clouds")
                #expect(try await browser.post("/clouds/login", SimulatedCloud.loginForm(endpoint, name: "my-private-name"), origin: TestWebApp.publicOrigin).status == .seeOther)
                let probe = "/no-such-page-" + UUID().uuidString
                #expect(try await browser.get(probe).status == .notFound)
                try await browser.get("/instances")
                var text = ""
                let deadline = ContinuousClock.now + .seconds(30)
                repeat {
                    text = String(buffer: try await Self.scrape(client).body)
                    if text.contains(#"exosphere_poll_duration_seconds_count{cloud="visitor",outcome="ok"}"#) { break }
                    try await Task.sleep(for: .milliseconds(200))
                } while ContinuousClock.now < deadline
                #expect(text.contains(#"hb_requests{http_route="/clouds",http_request_method="GET",http_response_status_code="200"}"#))
                #expect(text.contains(#"http_server_request_duration_bucket{http_route="/clouds/login",http_request_method="POST""#))
                #expect(text.contains(#"exosphere_poll_duration_seconds_count{cloud="visitor",outcome="ok"}"#))
                #expect(!text.contains(probe))
                #expect(!text.contains("my-private-name"))
                let active = text.split(separator: "\n").first { $0.hasPrefix("exosphere_sessions_active ") }
                #expect(active.flatMap { Double($0.split(separator: " ").last ?? "") }.map { $0 >= 1 } == true, "\(active ?? "none")")
            }
        }
    }

    @Test("a hosted replica's session database calls are timed")
    func databaseCalls() async throws {
        let address = try await PostgresCluster.newDatabase()
        let database = SessionDatabase(address: address, callTimeout: .seconds(30), logger: Logger(label: "exosphere.tests.metrics"))
        let app = try await WebApp.hosted(configuration: Self.configuration(), database: database, logger: Logger(label: "exosphere.tests.metrics"))
        try await TestWebApp.serve(app) { client in
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
            let text = String(buffer: try await Self.scrape(client).body)
            #expect(text.contains(#"exosphere_session_database_duration_seconds_count{outcome="ok"}"#))
        }
    }
}
