import Foundation
@testable import OpenStackAPI
import Testing
@testable import OutboundHTTP

struct SimpleTenantUsageTests {
    static let project = "9a1b2c3d4e5f40718293a4b5c6d7e8f9"
    static let path = "/compute/v2.1/os-simple-tenant-usage/" + project
    static let period = TenantUsageQuery(
        start: Date(timeIntervalSince1970: 1_793_491_200), end: Date(timeIntervalSince1970: 1_793_527_200), limit: 1)

    @Test("usage pages are followed and summed; start and end go without a zone, as Nova parses them")
    func pagesSummed() async throws {
        let environment = TestEnvironment()
        let first = try Fixtures.data("compute/tenant-usage-page1.json")
        let second = try Fixtures.data("compute/tenant-usage-page2.json")
        environment.transport.on(.get, Self.path) { request in
            TransportResponse(status: 200, body: request.query["marker"] == nil ? first : second)
        }
        let usage = try await environment.compute().showTenantUsage(projectID: Self.project, Self.period)

        #expect(usage.totalVCPUsUsage == 28)
        #expect(usage.totalMemoryMBUsage == 57344)
        #expect(usage.totalLocalGBUsage == 560)
        #expect(usage.totalHours == 14.5)
        #expect(usage.serverUsages?.map(\.name) == ["analysis-1", "training"])
        #expect(usage.serverUsages?.last?.endedAt == Date(timeIntervalSince1970: 1_793_509_200))
        #expect(usage.serverUsages?.first?.endedAt == nil)
        #expect(usage.start == Date(timeIntervalSince1970: 1_793_491_200))
        let queries = environment.transport.requests.map(\.query)
        #expect(queries.first == ["start": "2026-11-01T00:00:00", "end": "2026-11-01T10:00:00", "limit": "1"])
        #expect(
            queries.last == [
                "start": "2026-11-01T00:00:00", "end": "2026-11-01 10:00:00", "limit": "1",
                "marker": "0b3c6d2e-5f4a-4e1b-9c7d-1a2b3c4d5e6f",
            ])
    }

    @Test("a period without instances answers an empty object, read as zero usage")
    func emptyUsage() async throws {
        let environment = TestEnvironment()
        environment.transport.on(.get, Self.path) { _ in
            TransportResponse(status: 200, body: Data(#"{"tenant_usage": {}}"#.utf8))
        }
        let usage = try await environment.compute().showTenantUsage(projectID: Self.project, Self.period)
        #expect(usage == TenantUsage())
        #expect(usage.serverUsages == nil)
    }

    @Test("a next link that repeats a marker stops with a pagination loop")
    func loop() async throws {
        let environment = TestEnvironment()
        let first = try Fixtures.data("compute/tenant-usage-page1.json")
        environment.transport.on(.get, Self.path) { _ in TransportResponse(status: 200, body: first) }
        let error = await #expect(throws: OpenStackError.self) {
            try await environment.compute().showTenantUsage(projectID: Self.project, Self.period)
        }
        #expect(
            error
                == .paginationLoop(
                    service: .compute, path: Self.path, marker: "0b3c6d2e-5f4a-4e1b-9c7d-1a2b3c4d5e6f"))
        #expect(environment.transport.requests.count == 2)
    }
}
