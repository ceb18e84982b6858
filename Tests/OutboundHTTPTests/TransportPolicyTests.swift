import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import OutboundHTTP

/// What a caller sets on the shared transport for its own policy (plugins: no redirects, their
/// own deadline per request), and the arithmetic that turns durations into NIO's.
@Suite("Transport policy")
struct TransportPolicyTests {
    /// A server on 127.0.0.1 with a redirect and a slow answer.
    static func withServer(_ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        let router = Router()
        router.get("/moved") { _, _ -> Response in Response(status: .found, headers: [.location: "/landing"]) }
        router.get("/landing") { _, _ -> String in "landed" }
        router.get("/slow") { _, _ -> String in
            try await Task.sleep(for: .seconds(5))
            return "late"
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            try await body(try #require(client.port))
        }
    }

    static func withTransport(_ configuration: AsyncHTTPClientTransport.Configuration, _ body: (AsyncHTTPClientTransport) async throws -> Void) async throws {
        let transport = AsyncHTTPClientTransport(configuration: configuration)
        do {
            try await body(transport)
        } catch {
            try? await transport.shutdown()
            throw error
        }
        try await transport.shutdown()
    }

    @Test("with redirects turned off a 3xx comes back as it is; with them on it is followed")
    func redirectsCanBeTurnedOff() async throws {
        try await Self.withServer { port in
            let request = TransportRequest(method: .get, url: try #require(URL(string: "http://127.0.0.1:\(port)/moved")))
            try await Self.withTransport(.init(followsRedirects: false)) { transport in
                let response = try await transport.send(request)
                #expect(response.status == 302)
                #expect(response.header("Location") == "/landing")
            }
            try await Self.withTransport(.init()) { transport in
                let response = try await transport.send(request)
                #expect(response.status == 200)
                #expect(String(decoding: response.body, as: UTF8.self) == "landed")
            }
        }
    }

    @Test("a request's own timeout wins over the transport's and is told as a read timeout")
    func aRequestsOwnDeadline() async throws {
        try await Self.withServer { port in
            try await Self.withTransport(.init(requestTimeout: .seconds(30))) { transport in
                let started = ContinuousClock.now
                let error = await #expect(throws: HTTPTransportError.self) {
                    _ = try await transport.send(
                        TransportRequest(method: .get, url: try #require(URL(string: "http://127.0.0.1:\(port)/slow")), timeout: .milliseconds(300)))
                }
                // Half the transport's 30 s: what a loaded two-core machine takes for a 0.3 s
                // deadline (4.2 s was seen) must not make this fail, and 30 s must.
                #expect(ContinuousClock.now - started < .seconds(15))
                #expect(error?.kind == .readTimeout)
                #expect(error?.description == "127.0.0.1:\(port) did not answer in time")
            }
        }
    }

    @Test(
        "durations become NIO nanoseconds, saturating instead of trapping",
        arguments: [
            (Duration.seconds(2), Int64(2_000_000_000)),
            (Duration.milliseconds(1), Int64(1_000_000)),
            (Duration.seconds(Int64.max), Int64.max),
            (Duration.seconds(Int64.min), Int64.min),
            (Duration.seconds(9_223_372_036) + .seconds(1), Int64.max),
        ])
    func timeAmounts(duration: Duration, nanoseconds: Int64) {
        #expect(AsyncHTTPClientTransport.timeAmount(duration).nanoseconds == nanoseconds)
    }

    @Test("every kind of failure reads as a phrase that names where it happened")
    func descriptions() {
        let kinds: [HTTPTransportError.Kind] = [
            .connectTimeout, .readTimeout, .connectionRefused, .connectionClosed, .connectionReset, .truncatedBody,
            .invalidResponse, .redirectLoop, .tooManyRedirects(limit: 5), .tls, .responseTooLarge(limit: 10), .other("NIO detail"),
        ]
        for kind in kinds {
            let text = HTTPTransportError(kind: kind, host: "cloud.example.org", port: 5000).description
            #expect(text.contains("cloud.example.org:5000"), "\(kind): \(text)")
            #expect(!text.contains("NIO detail"))
        }
        #expect(HTTPTransportError(kind: .hostNotFound, host: "nowhere.example", port: 80).description.contains("nowhere.example"))
    }
}
