import Foundation
import Logging
import OpenStackAPI
import OpenStackSimulator
import Synchronization
import Testing

@testable import ExosphereCore

@Suite("The live instance store against the simulator")
struct InstanceStoreTests {
    /// Time runs ten times faster, so a 5-second boot takes half a second of real time: long enough
    /// for a 50 ms fast poll to see BUILD, short enough for a quick test.
    static let options = SimulatorOptions(
        projects: 3, servers: 12, speed: 10, bootTime: .seconds(5), tokenLifetime: .seconds(86_400))
    static let policy = RefreshPolicy(
        fastInterval: .milliseconds(50), slowInterval: .milliseconds(300), maximumBackoff: .seconds(1))

    @Test("the first listings report every instance and each project once as synced")
    func firstListing() async throws {
        try await SimulatedCloud.with(Self.options) { cloud in
            try await StoreHarness.with(cloud) { harness in
                let events = try await harness.waitFor { events in
                    events.filter { if case .projectSynced = $0 { true } else { false } }.count == 3
                }
                let appeared = events.compactMap { if case .appeared(let instance) = $0 { instance } else { nil } }
                #expect(appeared.count == 12)
                #expect(await harness.store.instances().count == 12)
                #expect(Set(appeared.map(\.project.name)) == Set(cloud.endpoint.projectNames))
            }
        }
    }

    @Test("a new server appears while building, changes to ACTIVE, and disappears once deleted")
    func followsLifecycle() async throws {
        // The simulated clock stands (almost) still until the test moves it, so the store sees
        // BUILD however slowly a loaded machine runs the test.
        var stepped = Self.options
        stepped.speed = 0.001
        try await SimulatedCloud.with(stepped) { cloud in
            try await StoreHarness.with(cloud) { harness in
                _ = try await harness.waitFor { $0.contains { if case .projectSynced = $0 { true } else { false } } }
                let (compute, project) = try await harness.computeOfFirstProject()
                let image = try #require(try await harness.imageID(project))
                let flavor = try #require(try await compute.listFlavors().first)
                let created = try await compute.createServer(
                    ServerCreateRequest(name: "store-test", imageRef: image, flavorRef: flavor.id))
                await harness.store.expedite(project)
                _ = try await harness.waitFor { events in
                    events.contains { if case .appeared(let new) = $0 { new.id == created.id } else { false } }
                }
                await cloud.server.advanceClock(by: .seconds(6))
                await harness.store.expedite(project)

                let active = try await harness.waitFor { events in
                    events.contains { if case .changed(let now, _) = $0 { now.id == created.id && now.status == "ACTIVE" } else { false } }
                }
                let seen = active.compactMap { event -> Instance? in
                    switch event {
                    case .appeared(let instance), .changed(let instance, _): instance.id == created.id ? instance : nil
                    default: nil
                    }
                }
                #expect(seen.first?.status == "BUILD")
                #expect(seen.first?.isInTransition == true)
                #expect(seen.last?.isInTransition == false)

                try await compute.deleteServer(id: created.id)
                await cloud.server.advanceClock(by: .seconds(10))
                await harness.store.expedite(project)
                _ = try await harness.waitFor { events in
                    events.contains { if case .disappeared(let gone) = $0 { gone.id == created.id } else { false } }
                }
                #expect(await harness.store.instances().contains { $0.id == created.id } == false)
            }
        }
    }

    @Test("after the first listing a project is asked only for changes-since")
    func usesChangesSince() async throws {
        try await SimulatedCloud.with(Self.options) { cloud in
            try await StoreHarness.with(cloud) { harness in
                _ = try await harness.waitFor { $0.filter { if case .projectSynced = $0 { true } else { false } }.count == 3 }
                await cloud.server.resetRecordedRequests()
                try await harness.waitUntil { await cloud.server.recordedRequests().recent.count >= 6 }
                let listings = await cloud.server.recordedRequests().recent.filter { $0.path.hasSuffix("/servers/detail") }
                #expect(!listings.isEmpty)
                #expect(listings.allSatisfy { $0.query.contains("changes-since=") })
            }
        }
    }

    @Test("a failing cloud is reported per project and the store recovers when it answers again")
    func failureAndRecovery() async throws {
        try await SimulatedCloud.with(Self.options) { cloud in
            try await StoreHarness.with(cloud) { harness in
                _ = try await harness.waitFor { $0.filter { if case .projectSynced = $0 { true } else { false } }.count == 3 }
                await cloud.server.setFaults([FaultRule(pathPrefix: "/compute/v2.1/servers", effect: .status(503), count: 2)])
                let failed = try await harness.waitFor { $0.contains { if case .refreshFailed = $0 { true } else { false } } }
                let message = failed.compactMap { if case .refreshFailed(_, let message) = $0 { message } else { nil } }.first
                #expect(message?.contains("503") == true)
                // Two failures later the next polls succeed again: the instances are all still there.
                try await harness.waitUntil { await cloud.server.recordedRequests().recent.contains { $0.status == 200 && $0.path.hasSuffix("/servers/detail") } }
                #expect(await harness.store.instances().count == 12)
            }
        }
    }
}

/// A started store over a simulated cloud, recording every event it publishes.
struct StoreHarness {
    let cloud: SimulatedCloud
    let sessions: CloudSessions
    let store: InstanceStore
    let log: EventLog

    static func with(_ cloud: SimulatedCloud, _ body: (StoreHarness) async throws -> Void) async throws {
        let sessions = cloud.sessions()
        let store = InstanceStore(sessions: sessions, policy: InstanceStoreTests.policy, logger: .init(label: "exosphere.tests"))
        let harness = StoreHarness(cloud: cloud, sessions: sessions, store: store, log: EventLog())
        let stream = await store.events()
        let reader = Task { for await event in stream { harness.log.append(event) } }
        await store.start()
        defer { reader.cancel() }
        do {
            try await body(harness)
        } catch {
            await store.stop()
            await sessions.close()
            throw error
        }
        await store.stop()
        await sessions.close()
    }

    /// The recorded events once `condition` holds for them; fails after 20 seconds.
    func waitFor(_ condition: @escaping @Sendable ([InstanceEvent]) -> Bool) async throws -> [InstanceEvent] {
        try await waitUntil { condition(log.events) }
        return log.events
    }

    /// Returns once `condition` holds; fails after 20 seconds (a generous bound for a loaded machine).
    func waitUntil(_ condition: @Sendable () async -> Bool) async throws {
        let deadline = ContinuousClock.now + .seconds(20)
        while ContinuousClock.now < deadline {
            if await condition() { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        let recent = log.events.suffix(6).map { event -> String in
            switch event {
            case .appeared(let i): "appeared \(i.name) \(i.status)"
            case .changed(let i, let p): "changed \(i.name) \(p.status)→\(i.status) \(i.taskState ?? "-")"
            case .disappeared(let i): "disappeared \(i.name)"
            case .projectSynced(let p): "synced \(p.name)"
            case .refreshFailed(let p, let m): "failed \(p.name): \(m)"
            }
        }
        Issue.record("condition not met within 20 seconds; \(log.events.count) events, the last: \(recent)")
        throw CancellationError()
    }

    func computeOfFirstProject() async throws -> (ComputeClient, ProjectSummary) {
        let session = try #require(sessions.sessions.first)
        let project = try #require(try await session.listProjects().first)
        return (try await session.computeClient(for: project), project)
    }

    func imageID(_ project: ProjectSummary) async throws -> String? {
        let session = try #require(sessions.sessions.first)
        return try await session.imageClient(for: project).listImages().first?.id
    }
}

/// Events as they arrive, readable from any task.
final class EventLog: Sendable {
    private let storage = Mutex<[InstanceEvent]>([])

    func append(_ event: InstanceEvent) { storage.withLock { $0.append(event) } }

    var events: [InstanceEvent] { storage.withLock { $0 } }
}
