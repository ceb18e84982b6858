import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Localization
import Testing

@testable import OutboundHTTP

/// Redirects are followed by the transport itself: a token never goes on to another host, every
/// hop is put to the destination guard, and loops and long chains end in one sentence.
@Suite("Redirects")
struct RedirectTests {
    /// A server on 127.0.0.1 that redirects, and says what token reached its landing page.
    static func withServer(_ body: @escaping @Sendable (Int) async throws -> Void) async throws {
        let router = Router()
        router.get("/same") { _, _ -> Response in Response(status: .found, headers: [.location: "/landing"]) }
        router.get("/elsewhere/:port") { _, context -> Response in
            let port = context.parameters.get("port") ?? "0"
            return Response(status: .found, headers: [.location: "http://localhost:\(port)/landing"])
        }
        router.get("/metadata") { _, _ -> Response in Response(status: .temporaryRedirect, headers: [.location: "http://169.254.169.254/latest"]) }
        router.get("/loop") { _, _ -> Response in Response(status: .found, headers: [.location: "/loop"]) }
        router.get("/chain/:n") { _, context -> Response in
            let n = context.parameters.get("n").flatMap { Int($0) } ?? 0
            return Response(status: .found, headers: [.location: "/chain/\(n + 1)"])
        }
        router.post("/form") { _, _ -> Response in Response(status: .seeOther, headers: [.location: "/landing"]) }
        router.on("/landing", method: .get) { request, _ -> String in
            "token=" + (HTTPField.Name("X-Auth-Token").flatMap { request.headers[$0] } ?? "none")
        }
        let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            try await body(try #require(client.port))
        }
    }

    static func get(_ transport: AsyncHTTPClientTransport, _ url: String, method: TransportRequest.Method = .get) async throws -> String {
        let request = TransportRequest(
            method: method, url: try #require(URL(string: url)), headers: ["X-Auth-Token": "secret-token"], body: method == .post ? Data("x".utf8) : nil)
        let response = try await transport.send(request)
        return String(decoding: response.body, as: UTF8.self)
    }

    @Test("same host: the token goes on; another host: it does not; 303 after a post lands with a GET")
    func tokenStaysHome() async throws {
        let transport = AsyncHTTPClientTransport()
        do {
            try await Self.withServer { port in
                let same = try await Self.get(transport, "http://127.0.0.1:\(port)/same")
                #expect(same == "token=secret-token")
                let elsewhere = try await Self.get(transport, "http://127.0.0.1:\(port)/elsewhere/\(port)")
                #expect(elsewhere == "token=none")
                let afterPost = try await Self.get(transport, "http://127.0.0.1:\(port)/form", method: .post)
                #expect(afterPost == "token=secret-token")
            }
        } catch {
            try? await transport.shutdown()
            throw error
        }
        try await transport.shutdown()
    }

    @Test("a redirect to a private address is put to the guard and refused before it is followed")
    func guardSeesEveryHop() async throws {
        let guardian = DestinationGuard(policy: DestinationPolicy(allowsPrivateAddresses: false)) { host in
            host == "127.0.0.1" ? ["8.8.8.8"] : await DestinationPolicy.lookUp(host)
        }
        let transport = AsyncHTTPClientTransport(destinationGuard: guardian)
        do {
            try await Self.withServer { port in
                do {
                    _ = try await Self.get(transport, "http://127.0.0.1:\(port)/metadata")
                    Issue.record("the redirect to the metadata address was followed")
                } catch let refusal as DestinationRefusal {
                    #expect(refusal == DestinationRefusal(host: "169.254.169.254", reason: .privateAddress("169.254.169.254")))
                }
            }
        } catch {
            try? await transport.shutdown()
            throw error
        }
        try await transport.shutdown()
    }

    @Test("a loop and a long chain end in one sentence each")
    func loopsEnd() async throws {
        let transport = AsyncHTTPClientTransport()
        do {
            try await Self.withServer { port in
                do {
                    _ = try await Self.get(transport, "http://127.0.0.1:\(port)/loop")
                    Issue.record("a redirect loop was followed to an answer")
                } catch let error as HTTPTransportError {
                    #expect(error.kind == .redirectLoop)
                }
                do {
                    _ = try await Self.get(transport, "http://127.0.0.1:\(port)/chain/0")
                    Issue.record("an endless chain was followed to an answer")
                } catch let error as HTTPTransportError {
                    #expect(error.kind == .tooManyRedirects(limit: AsyncHTTPClientTransport.redirectLimit))
                }
            }
        } catch {
            try? await transport.shutdown()
            throw error
        }
        try await transport.shutdown()
    }

    @Test("which redirects keep credentials", arguments: [
        ("https://a.test/x", "https://a.test:8443/y", true), ("http://a.test/x", "https://a.test/y", true),
        ("https://a.test/x", "http://a.test/y", false), ("https://a.test/x", "https://b.test/y", false),
        ("https://A.test/x", "https://a.TEST/y", true),
    ])
    func credentialRule(from: String, to: String, keeps: Bool) throws {
        #expect(Redirect.keepsCredentials(from: try #require(URL(string: from)), to: try #require(URL(string: to))) == keeps)
    }
}
