import Foundation
import PluginHost
import Testing

/// Recordings may name the body a request must carry (`json` or `body`).
@Suite struct FixtureBodyTests {
    static func transport(_ request: String) throws -> (FixtureTransport, String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exo-fixtures-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let recording = """
            [{ "request": { "method": "POST", "url": "https://support.example.edu/api/tickets", \(request) },
               "response": { "status": 201, "json": { "id": 4711 } } }]
            """
        try recording.write(toFile: folder + "/tickets.json", atomically: true, encoding: .utf8)
        return (try FixtureTransport(folder: folder), folder)
    }

    static func post(_ body: String) -> PluginHTTPRequest {
        PluginHTTPRequest(method: "POST", url: "https://support.example.edu/api/tickets", body: Array(body.utf8))
    }

    @Test(arguments: [
        "{\"priority\":\"high\",\"subject\":\"Help\",\"tags\":[1,2]}", "{ \"subject\": \"Help\", \"tags\": [1, 2], \"priority\": \"high\" }",
    ])
    func aJSONBodyMatchesWhateverItsKeyOrderAndSpacing(sent: String) async throws {
        let (transport, folder) = try Self.transport(#""json": { "subject": "Help", "priority": "high", "tags": [1, 2] }"#)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let response = try await transport.send(Self.post(sent))
        #expect(response.status == 201)
        #expect(transport.problems.isEmpty)
    }

    @Test(arguments: ["{\"subject\":\"Help\",\"priority\":\"low\",\"tags\":[1,2]}", "{\"subject\":\"Help\"}", "", "not json"])
    func aDifferentBodyIsReportedWithWhatWasExpected(sent: String) async throws {
        let (transport, folder) = try Self.transport(#""json": { "subject": "Help", "priority": "high", "tags": [1, 2] }"#)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        await #expect(throws: (any Error).self) { _ = try await transport.send(Self.post(sent)) }
        let problem = try #require(transport.problems.first)
        #expect(problem.contains("expected the body {\"priority\":\"high\",\"subject\":\"Help\",\"tags\":[1,2]}"), "\(problem)")
        #expect(problem.contains("got \(sent.isEmpty ? "none" : sent)"), "\(problem)")
    }

    @Test func aTextBodyMustMatchExactly() async throws {
        let (transport, folder) = try Self.transport(#""body": "name=web&size=small""#)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        await #expect(throws: (any Error).self) { _ = try await transport.send(Self.post("size=small&name=web")) }
        let (again, other) = try Self.transport(#""body": "name=web&size=small""#)
        defer { try? FileManager.default.removeItem(atPath: other) }
        #expect(try await again.send(Self.post("name=web&size=small")).status == 201)
    }

    @Test func aRecordingWithoutABodyMatchesAnyBody() async throws {
        let (transport, folder) = try Self.transport(#""note": "no body given""#)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(try await transport.send(Self.post("anything")).status == 201)
    }
}
