import Foundation
import Localization
import OpenStackAPI
import Secrets
import Testing
import OutboundHTTP

/// Timestamps as the services send them, read through a wire model that holds a `Date`.
struct DateParsingTests {
    static let epoch = 1_379_944_392.0  // 2013-09-23T13:53:12Z

    @Test(
        "the services' timestamp spellings all parse, as UTC when no zone is given",
        arguments: [
            ("2013-09-23T13:53:12Z", epoch),
            ("2013-09-23T13:53:12.774549", epoch + 0.774549),
            ("2013-09-23T13:53:12.774549Z", epoch + 0.774549),
            ("2013-09-23T13:53:12.000000", epoch),
            ("2013-09-23T13:53:12+00:00", epoch),
            ("2013-09-23T15:53:12+02:00", epoch),
            ("2013-09-23T08:53:12-0500", epoch),
            ("2013-09-23 13:53:12", epoch),
            ("2013-09-23T13:53Z", epoch - 12),
        ])
    func parses(text: String, expected: Double) async throws {
        let environment = TestEnvironment()
        let body = Data("{\"server\": {\"id\": \"x\", \"created\": \"\(text)\"}}".utf8)
        environment.transport.on(.get, "/compute/v2.1/servers/x") { _ in TransportResponse(status: 200, body: body) }
        let server = try await environment.compute().showServer(id: "x")
        let created = try #require(server.created)
        #expect(abs(created.timeIntervalSince1970 - expected) < 0.000_001)
    }

    @Test(
        "malformed timestamps are refused",
        arguments: ["2013-13-01T00:00:00Z", "yesterday", "2013-09-23", "2013-09-23T13:53:12Zjunk"])
    func refuses(text: String) async throws {
        let environment = TestEnvironment()
        let body = Data("{\"server\": {\"id\": \"x\", \"created\": \"\(text)\"}}".utf8)
        environment.transport.on(.get, "/compute/v2.1/servers/x") { _ in TransportResponse(status: 200, body: body) }
        await #expect(throws: OpenStackError.self) { try await environment.compute().showServer(id: "x") }
    }

    @Test("dates in queries and bodies are written as UTC with Z")
    func formats() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.get, "/compute/v2.1/servers/detail", fixture: "compute/servers-detail-v2.1.json")
        _ = try await environment.compute().listServers(ServerListQuery(changesSince: Date(timeIntervalSince1970: -1)))
        #expect(environment.transport.requests.first?.query["changes-since"] == "1969-12-31T23:59:59Z")
    }

    @Test(
        "format writes what JSONEncoder's .iso8601 strategy writes",
        arguments: [0, -1, 1_378_180_892, 1_379_944_392.774549, 1_700_000_000.999, 4_102_444_799])
    func formatMatchesTheEncoder(seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let encoded = try encoder.encode([date])
        #expect(String(decoding: encoded, as: UTF8.self) == "[\"\(OpenStackDate.format(date))\"]")
    }

    @Test(
        "format clamps to the years ISO 8601 can write and pads every field",
        arguments: [
            (-62_135_596_800.0, "0001-01-01T00:00:00Z"), (-1e15, "0001-01-01T00:00:00Z"),
            (253_402_300_799, "9999-12-31T23:59:59Z"), (1e15, "9999-12-31T23:59:59Z"),
            (-61_851_599_999.5, "0010-01-01T00:00:00Z"), (946_771_509, "2000-01-02T00:05:09Z"),
        ])
    func formatEdges(seconds: Double, expected: String) {
        #expect(OpenStackDate.format(Date(timeIntervalSince1970: seconds)) == expected)
    }
}
