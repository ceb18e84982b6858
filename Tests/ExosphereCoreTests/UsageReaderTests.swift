import Foundation
import OpenStackAPI
import OpenStackSimulator
import Synchronization
import Testing

@testable import ExosphereCore

@Suite("Usage by project and month against the simulator")
struct UsageReaderTests {
    static func date(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }

    @Test("twelve calendar months in UTC, oldest first, the current one ending now")
    func months() throws {
        let now = try Self.date("2026-12-03T08:00:00Z")
        let periods = UsagePeriod.months(12, endingAt: now)
        #expect(periods.count == 12)
        #expect(periods.first?.start == (try Self.date("2026-01-01T00:00:00Z")))
        #expect(periods.first?.end == (try Self.date("2026-02-01T00:00:00Z")))
        #expect(periods.last?.start == (try Self.date("2026-12-01T00:00:00Z")))
        #expect(periods.last?.end == now)
        #expect(zip(periods, periods.dropFirst()).allSatisfy { $0.end == $1.start })
        #expect(UsagePeriod.months(1, endingAt: now) == [UsagePeriod(start: try Self.date("2026-12-01T00:00:00Z"), end: now)])
    }

    @Test("every project gets a row per month; seeded servers make this month's vCPU-hours non-zero")
    func rowsPerProjectAndMonth() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 3, servers: 30)) { cloud in
            let sessions = cloud.sessions()
            let periods = UsagePeriod.months(3, endingAt: Date())
            let listing = await sessions.listUsage(periods: periods)
            await sessions.close()
            #expect(listing.failures.isEmpty)
            #expect(listing.items.count == 3 * 3)
            #expect(Set(listing.items.map(\.project.name)) == Set(cloud.endpoint.projectNames))
            let current = listing.items.filter { $0.period == periods.last }
            #expect(current.contains { $0.vcpuHours > 0 && $0.ramMiBHours > 0 })
            #expect(listing.items.allSatisfy { $0.vcpuHours >= 0 && $0.instanceHours >= 0 })
        }
    }

    @Test("the reader asks the clouds once an hour at most")
    func cachedForAnHour() async throws {
        try await SimulatedCloud.with(SimulatorOptions(projects: 2, servers: 10)) { cloud in
            let sessions = cloud.sessions()
            let clock = Mutex(Date())
            let reader = UsageReader(sessions: sessions, months: 2, now: { clock.withLock { $0 } })
            func usageRequests() -> Int {
                sessions.activityLog.records().filter { $0.url.contains("os-simple-tenant-usage") }.count
            }
            let first = await reader.usage()
            #expect(first.items.count == 2 * 2)
            #expect(usageRequests() == 4)
            clock.withLock { $0 += 3599 }
            let second = await reader.usage()
            #expect(second.items == first.items)
            #expect(usageRequests() == 4)
            clock.withLock { $0 += 2 }
            _ = await reader.usage()
            #expect(usageRequests() == 8)
            await sessions.close()
        }
    }
}
