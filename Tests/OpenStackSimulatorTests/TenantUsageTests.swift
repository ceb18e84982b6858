import Foundation
import NIOHTTP1
import OpenStackSimulator
import Testing

/// Usage reports (Compute API ref, "Usage reports (os-simple-tenant-usage)"), computed from the
/// servers' lifetimes and flavors, stepped by moving the simulator's clock.
@Suite struct TenantUsageTests {
    private static let farFuture = "2999-01-01T00:00:00"

    private func usage(
        _ simulator: SimulatorHarness, project: String, token: String, query: String, version: String = "2.1"
    ) async throws -> Reply {
        try await simulator.send(
            .GET, "/compute/v2.1/os-simple-tenant-usage/\(project)?\(query)", token: token,
            headers: [("OpenStack-API-Version", "compute \(version)")])
    }

    @Test func aServerIsChargedForItsHoursTimesItsFlavorUntilDeleted() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let project = try await simulator.projectID(token: token)
            let id = try await simulator.serverID(token: token, status: "ACTIVE")
            let server = try await simulator.send(.GET, "/compute/v2.1/servers/\(id)", token: token).json()["server"]
            let launched = try #require(server?["OS-SRV-USG:launched_at"]?.string)
            let flavorID = try #require(server?["flavor"]?["id"]?.string)
            let flavor = try await simulator.send(.GET, "/compute/v2.1/flavors/\(flavorID)", token: token).json()["flavor"]
            let vcpus = try #require(flavor?["vcpus"]?.number)
            let ram = try #require(flavor?["ram"]?.number)

            // From its launch to now (the far end is cut to now): every server launched before.
            let query = "start=\(launched)&end=\(Self.farFuture)"
            func row(_ reply: Reply) throws -> JSONValue {
                try #require(try reply.json()["tenant_usage"]?["server_usages"]?.array?.first { $0["instance_id"]?.string == id })
            }
            let report = try await usage(simulator, project: project, token: token, query: query)
            #expect(report.status == 200)
            let before = try #require(try row(report)["hours"]?.number)
            await simulator.advance(3600)
            let later = try await usage(simulator, project: project, token: token, query: query)
            let body = try later.json()["tenant_usage"]
            let running = try row(later)
            let hours = try #require(running["hours"]?.number)
            #expect(abs(hours - before - 1) < 0.01)
            #expect(running["vcpus"]?.number == vcpus)
            #expect(running["memory_mb"]?.number == ram)
            #expect(running["ended_at"] == .null)
            let rows = body?["server_usages"]?.array ?? []
            let vcpuHours = rows.reduce(0.0) { $0 + ($1["hours"]?.number ?? 0) * ($1["vcpus"]?.number ?? 0) }
            let ramHours = rows.reduce(0.0) { $0 + ($1["hours"]?.number ?? 0) * ($1["memory_mb"]?.number ?? 0) }
            #expect(abs((body?["total_vcpus_usage"]?.number ?? 0) - vcpuHours) < 1e-6)
            #expect(abs((body?["total_memory_mb_usage"]?.number ?? 0) - ramHours) < 1e-3)
            #expect(body?["tenant_id"]?.string == project)

            // Deleted now: charged up to its deletion (which takes seconds), shown as terminated.
            #expect(try await simulator.send(.DELETE, "/compute/v2.1/servers/\(id)", token: token).status == 204)
            await simulator.advance(3600)
            let gone = try row(try await usage(simulator, project: project, token: token, query: query))
            #expect(gone["state"]?.string == "terminated")
            #expect(gone["ended_at"]?.string != nil)
            #expect(abs((gone["hours"]?.number ?? 0) - hours) < 0.01)
        }
    }

    @Test func aPeriodWithoutServersIsAnEmptyObject() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let project = try await simulator.projectID(token: token)
            let reply = try await usage(simulator, project: project, token: token, query: "start=1990-01-01T00:00:00&end=1990-02-01T00:00:00")
            #expect(reply.status == 200)
            #expect(try reply.json()["tenant_usage"]?.keys == [])
        }
    }

    // From 2.40 the instances come in pages of `limit`, with a next link while a page is full.
    @Test func pagesOf240FollowTheNextLink() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let project = try await simulator.projectID(token: token)
            let query = "start=2000-01-01T00:00:00&end=\(Self.farFuture)"
            let all = try await usage(simulator, project: project, token: token, query: query).json()["tenant_usage"]
            let everyID = (all?["server_usages"]?.array ?? []).compactMap { $0["instance_id"]?.string }
            #expect(everyID.count >= 2)
            let first = try await usage(simulator, project: project, token: token, query: query + "&limit=1", version: "2.40").json()
            let ids = (first["tenant_usage"]?["server_usages"]?.array ?? []).compactMap { $0["instance_id"]?.string }
            #expect(ids == Array(everyID.prefix(1)))
            let next = try #require(first["tenant_usage_links"]?[0]?["href"]?.string)
            #expect(next.contains("marker=\(everyID[0])"))
            let old = try await usage(simulator, project: project, token: token, query: query + "&limit=1").json()
            #expect(old["tenant_usage_links"] == nil)
            #expect(old["tenant_usage"]?["server_usages"]?.array?.count == everyID.count)
        }
    }

    @Test func anotherProjectOrAZonedTimeIsRefused() async throws {
        try await SimulatorHarness.with(SimulatorHarness.steppedOptions()) { simulator in
            let token = try await simulator.token()
            let project = try await simulator.projectID(token: token)
            let other = try await usage(simulator, project: "someone-else", token: token, query: "start=2000-01-01T00:00:00&end=\(Self.farFuture)")
            #expect(other.status == 403)
            let zoned = try await usage(simulator, project: project, token: token, query: "start=2000-01-01T00:00:00Z&end=\(Self.farFuture)")
            #expect(zoned.status == 400)
            let backwards = try await usage(simulator, project: project, token: token, query: "start=2001-01-01T00:00:00&end=2000-01-01T00:00:00")
            #expect(backwards.status == 400)
        }
    }
}
