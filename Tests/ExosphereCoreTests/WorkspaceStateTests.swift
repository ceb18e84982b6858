import Foundation
import Synchronization
import Testing

@testable import ExosphereCore

/// The live state a workspace keeps beside its instance store: recent activity (a ring buffer
/// fed by the store's events) and each project's quota usage (read in the background and aged).
@Suite("Workspace: recent activity and quota cache")
struct WorkspaceStateTests {
    static let project = ProjectSummary(cloud: "cloud0", id: "p0", name: "genomics")
    static let start = Date(timeIntervalSince1970: 1_800_000_000)

    static func instance(_ name: String, _ status: String) -> Instance {
        Instance(id: "id-" + name, name: name, status: status, project: project)
    }

    /// A usage whose instance count tells which read made it.
    static func usage(instances: Int) -> QuotaUsage {
        QuotaUsage(project: project, entries: [QuotaEntry(resource: .instances, used: instances, limit: 10)])
    }

    /// A clock the test moves by hand.
    final class HandClock: Sendable {
        private let time = Mutex(WorkspaceStateTests.start)
        var now: Date { time.withLock { $0 } }
        func advance(_ seconds: TimeInterval) { time.withLock { $0 += seconds } }
    }

    /// Counts reads and answers with a usage whose instance count is the read's number.
    final class CountingFetch: Sendable {
        private let reads = Mutex(0)
        private let failing = Mutex(false)
        var count: Int { reads.withLock { $0 } }
        func fail(_ value: Bool) { failing.withLock { $0 = value } }
        func fetch(_ project: ProjectSummary) throws -> QuotaUsage {
            let number = reads.withLock { $0 += 1; return $0 }
            if failing.withLock({ $0 }) { throw CancellationError() }
            return WorkspaceStateTests.usage(instances: number)
        }
    }

    @Test("the ring buffer keeps the newest entries, newest first, and never grows past its capacity")
    func ringBuffer() {
        var activity = RecentActivity(capacity: 3)
        #expect(activity.newestFirst.isEmpty)
        for index in 0..<5 {
            activity.record(
                RecentActivity.Entry(kind: .deleted, instance: Self.instance("vm-\(index)", "ACTIVE"), project: Self.project, time: Self.start))
            #expect(activity.newestFirst.count == min(index + 1, 3))
        }
        #expect(activity.newestFirst.compactMap(\.instance?.name) == ["vm-4", "vm-3", "vm-2"])
    }

    @Test("events become entries: launches only after the first listing, state changes, deletions, the first of a run of failures")
    func eventsToEntries() {
        let building = Self.instance("lab", "BUILD")
        let ready = Self.instance("lab", "ACTIVE")
        var renamed = ready
        renamed.name = "lab-2"
        func kind(_ event: InstanceEvent, listed: Bool = true, failing: Bool = false) -> RecentActivity.Entry.Kind? {
            RecentActivity.entry(for: event, projectListed: listed, alreadyFailing: failing, at: Self.start)?.kind
        }
        #expect(kind(.appeared(building), listed: false) == nil)
        #expect(kind(.appeared(building)) == .launched)
        #expect(kind(.changed(ready, previous: building)) == .changedState(from: "BUILD"))
        #expect(kind(.changed(renamed, previous: ready)) == nil)
        #expect(kind(.disappeared(ready)) == .deleted)
        #expect(kind(.refreshFailed(Self.project, message: "timed out")) == .refreshFailed(reason: "timed out"))
        #expect(kind(.refreshFailed(Self.project, message: "timed out"), failing: true) == nil)
        #expect(kind(.projectSynced(Self.project)) == nil)
    }

    @Test("the quota cache answers at once, reads in the background, and reads again only after its time to live")
    func quotaCacheAges() async {
        let clock = HandClock()
        let fetch = CountingFetch()
        let cache = QuotaCache(timeToLive: 60, now: { clock.now }, fetch: { try fetch.fetch($0) })

        let first = await cache.usage(of: [Self.project])
        #expect(first.count == 1)
        #expect(first[0].usage == nil)
        #expect(!first[0].failed)
        await cache.settle()
        #expect(fetch.count == 1)

        clock.advance(59)
        #expect(await cache.usage(of: [Self.project])[0].usage == Self.usage(instances: 1))
        await cache.settle()
        #expect(fetch.count == 1)

        clock.advance(1)
        // Stale: the old figures are shown while the new read runs.
        #expect(await cache.usage(of: [Self.project])[0].usage == Self.usage(instances: 1))
        await cache.settle()
        #expect(fetch.count == 2)
        #expect(await cache.usage(of: [Self.project])[0].usage == Self.usage(instances: 2))

        await cache.invalidate(Self.project)
        fetch.fail(true)
        _ = await cache.usage(of: [Self.project])
        await cache.settle()
        let failed = await cache.usage(of: [Self.project])[0]
        #expect(fetch.count == 3)
        #expect(failed.failed)
        #expect(failed.usage == Self.usage(instances: 2))
        await cache.stop()
    }
}
