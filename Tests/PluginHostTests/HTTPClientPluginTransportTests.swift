import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PluginHost
import Testing

/// The default plugin transport against a local server: what it sends and that it never follows
/// a redirect off the origins a manifest allows.
@Suite struct HTTPClientPluginTransportTests {
    static func server() -> some ApplicationProtocol {
        let router = Router()
        router.post("/echo") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            let method = request.method.rawValue
            let custom = request.headers[HTTPField.Name("X-Custom") ?? .accept] ?? "-"
            let answer = "\(method) \(custom) " + String(buffer: body)
            return Response(status: .ok, headers: [.contentType: "text/plain"], body: .init(byteBuffer: ByteBuffer(string: answer)))
        }
        router.get("/elsewhere") { _, _ -> Response in
            Response(status: .found, headers: [.location: "http://203.0.113.1/stolen"])
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    @Test func sendsMethodHeadersAndBodyAndReadsTheAnswer() async throws {
        try await Self.server().test(.live) { client in
            let port = try #require(client.port)
            let response = try await HTTPClientPluginTransport().send(
                PluginHTTPRequest(method: "POST", url: "http://127.0.0.1:\(port)/echo", headers: ["X-Custom": "yes"], body: Array("hello".utf8),
                    allowsPrivateAddresses: true))
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "text/plain")
            #expect(String(decoding: response.body, as: UTF8.self) == "POST yes hello")
        }
    }

    @Test func aRedirectComesBackAsItIsAndIsNotFollowed() async throws {
        try await Self.server().test(.live) { client in
            let port = try #require(client.port)
            let response = try await HTTPClientPluginTransport().send(
                PluginHTTPRequest(method: "GET", url: "http://127.0.0.1:\(port)/elsewhere", timeout: .seconds(5), allowsPrivateAddresses: true))
            #expect(response.status == 302)
            #expect(response.headers["location"] == "http://203.0.113.1/stolen")
        }
    }

    @Test func anUnreachableHostIsAnErrorThatSaysWhat() async {
        let error = await #expect(throws: (any Error).self) {
            _ = try await HTTPClientPluginTransport().send(PluginHTTPRequest(method: "GET", url: "http://127.0.0.1:9/", timeout: .seconds(5), allowsPrivateAddresses: true))
        }
        // The shared transport's words, not the HTTP library's type names.
        #expect(error.map { "\($0)" } == "127.0.0.1:9 refused the connection (nothing is listening there)")
    }

    @Test func aLoopbackAddressIsRefusedUnsentUnlessTheRequestAllowsIt() async throws {
        try await Self.server().test(.live) { client in
            let port = try #require(client.port)
            let error = await #expect(throws: PluginHTTPRefusal.self) {
                _ = try await HTTPClientPluginTransport().send(
                    PluginHTTPRequest(method: "POST", url: "http://127.0.0.1:\(port)/echo", body: Array("hello".utf8), timeout: .seconds(5)))
            }
            #expect(error?.address == "127.0.0.1")
        }
    }

    @Test func aRequestThatCannotGoOutSaysWhyNotThatItsHostIsUnknown() async {
        let cases: [(PluginHTTPRequest, String)] = [
            (PluginHTTPRequest(method: "GET", url: "not a url", timeout: .seconds(5)), "not a url cannot be sent: it is not an absolute http or https URL"),
            (PluginHTTPRequest(method: "GET", url: "ftp://example.org/x", timeout: .seconds(5)), "ftp://example.org/x cannot be sent: it is not an absolute http or https URL"),
            (PluginHTTPRequest(method: "BREW", url: "https://example.org/", timeout: .seconds(5)),
             "https://example.org/ cannot be sent: the method BREW is not one of GET, HEAD, POST, PUT, PATCH, DELETE"),
        ]
        for (request, words) in cases {
            let error = await #expect(throws: PluginHTTPRefusal.self) { _ = try await HTTPClientPluginTransport().send(request) }
            #expect(error?.description == words)
            #expect(error?.address == nil)
        }
    }
}
