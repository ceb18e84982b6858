import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import PluginHost
import Secrets
import Synchronization
import Testing

/// The bundled support-tickets plugin against a local Zendesk-style server: what it really sends.
@Suite struct SupportTicketsServerTests {
    /// One request the local server received.
    struct Received: Sendable {
        let method: String
        let path: String
        let headers: [String: String]
        let body: Data
    }

    /// What the local server received, shared with its handler.
    final class Recorder: Sendable {
        let requests = Mutex<[Received]>([])
    }

    static let folder = BundledPluginSpecs.repository.appendingPathComponent("Plugins/support-tickets").path

    static func server(recording recorder: Recorder) -> some ApplicationProtocol {
        let router = Router()
        router.post("/api/v2/tickets.json") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName.lowercased()] = field.value }
            recorder.requests.withLock {
                $0.append(Received(method: request.method.rawValue, path: request.uri.path, headers: headers, body: Data(body.readableBytesView)))
            }
            let answer = #"{"ticket":{"id":35436,"status":"new"}}"#
            return Response(status: .created, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: answer)))
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    @Test func filesTheTicketWithInstanceAndRecentErrors() async throws {
        let recorder = Recorder()
        try await Self.server(recording: recorder).test(.live) { client in
            let port = try #require(client.port)
            let environment = PluginEnvironment(
                transport: HTTPClientPluginTransport(), secrets: FixedSecretStore(["zendesk_token": Secret("tok-123")]),
                logger: Logger(label: "exosphere.plugins.tests"))
            let runtime = try await PluginLoader.load(
                folder: Self.folder,
                settings: [
                    "endpoint": .string("http://127.0.0.1:\(port)"), "zendesk_email": .string("agent@example.edu"),
                    "priority": .string("high"),
                ],
                environment: environment)
            try await runtime.emit(
                "instance.state_changed",
                payload: .record(["id": .text("i-1"), "status": .text("ERROR"), "fault": .text("No valid host was found"), "at": .text("2026-11-25T10:00:00Z")]))
            let instance = LuaValue.record(["id": .text("i-1"), "name": .text("web-1"), "project": .text("bio101"), "status": .text("ERROR")])
            let result = try await runtime.runAction("get-help", instance: instance)
            #expect(result["id"] == .text("35436"))
            #expect(result["url"] == .text("http://127.0.0.1:\(port)/agent/tickets/35436"))
        }
        let requests = recorder.requests.withLock { $0 }
        let request = try #require(requests.first)
        #expect(requests.count == 1)
        #expect(request.method == "POST")
        #expect(request.path == "/api/v2/tickets.json")
        #expect(request.headers["content-type"] == "application/json")
        // Zendesk API-token auth: Basic base64("email/token:TOKEN").
        #expect(request.headers["authorization"] == "Basic " + Data("agent@example.edu/token:tok-123".utf8).base64EncodedString())
        let json = try #require(try JSONSerialization.jsonObject(with: request.body) as? [String: Any])
        let ticket = try #require(json["ticket"] as? [String: Any])
        #expect(ticket["subject"] as? String == "Help with instance web-1")
        #expect(ticket["priority"] as? String == "high")
        #expect(ticket["tags"] as? [String] == ["exosphere"])
        let comment = try #require((ticket["comment"] as? [String: Any])?["body"] as? String)
        #expect(comment.contains("project: bio101"))
        #expect(comment.contains("- 2026-11-25T10:00:00Z No valid host was found"))
    }
}
