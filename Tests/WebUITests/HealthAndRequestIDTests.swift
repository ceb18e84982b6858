import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

@testable import WebUI

/// What a load balancer sees: health probes that need no session and leave none, readiness that
/// follows the templates, and a request id on every answer.
@Suite("Health probes and request ids")
struct HealthAndRequestIDTests {
    static let requestID = HTTPField.Name("X-Request-ID")

    @Test("/healthz and /readyz answer without a session or the access token, and set no cookie")
    func probesNeedNoSession() async throws {
        try await TestWebApp.test(host: "0.0.0.0", accessToken: "let-me-in") { client in
            for (path, body) in [("/healthz", "ok\n"), ("/readyz", "ready\n")] {
                let response = try await client.execute(uri: path, method: .get)
                #expect(response.status == .ok, "\(path)")
                #expect(String(buffer: response.body) == body)
                #expect(response.headers[.setCookie] == nil, "\(path) left a session behind")
                #expect(response.headers[.cacheControl] == "no-store")
            }
            // Any other page still needs the token.
            #expect(try await client.execute(uri: "/", method: .get).status == .unauthorized)
        }
    }

    @Test("/readyz says 503 and why once the layout template is gone, and 200 again when it is back")
    func readinessFollowsTheTemplates() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-ready-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: TestWebApp.resources.directory, to: folder)
        var configuration = TestWebApp.configuration()
        configuration.resources = WebResources(directory: folder, reloads: true)
        let app = try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.ready"))
        let layout = folder.appendingPathComponent("templates/layout.mustache")
        let kept = try Data(contentsOf: layout)
        try await TestWebApp.serve(app) { client in
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
            try FileManager.default.removeItem(at: layout)
            // The templates are looked at again at most once a second.
            try await Task.sleep(for: .milliseconds(1200))
            let down = try await client.execute(uri: "/readyz", method: .get)
            #expect(down.status == .serviceUnavailable)
            #expect(String(buffer: down.body) == "not ready: the layout template is missing\n")
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            try kept.write(to: layout)
            try await Task.sleep(for: .milliseconds(1200))
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
        }
    }

    @Test("a plain X-Request-ID is echoed; a missing, long or hostile one is replaced by a new id", arguments: [
        ("lb-7f3a:42", true), ("", false), (String(repeating: "a", count: 129), false), ("id with spaces", false), ("é", false), ("a\"b", false),
    ])
    func requestIDs(given: String, echoed: Bool) async throws {
        let name = try #require(Self.requestID)
        try await TestWebApp.test { client in
            var headers = HTTPFields()
            if !given.isEmpty { headers[name] = given }
            for path in ["/healthz", "/no-such-page"] {
                let response = try await client.execute(uri: path, method: .get, headers: headers)
                let id = try #require(response.headers[name], "\(path) has no request id")
                if echoed {
                    #expect(id == given)
                } else {
                    #expect(id != given)
                    #expect(UUID(uuidString: id) != nil, "\(id)")
                }
            }
        }
    }
}
