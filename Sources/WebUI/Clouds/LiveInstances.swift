import ExosphereCore
import Foundation
import Logging

/// One workspace's live view of its instances: an ``InstanceStore`` polling every project, and the
/// bookkeeping pages need from its events: which projects have arrived, which failed, a revision
/// that moves on every change, and the recent state changes for the page's live region.
actor LiveInstances {
    /// A state change worth announcing: the instance and its new status.
    struct Change: Sendable {
        var revision: Int
        var instance: Instance
        var previousStatus: String?
    }

    /// How many changes are kept for browsers that poll ``changes(since:)``.
    static let changeLimit = 50

    let store: InstanceStore
    private var arrived: Set<String> = []
    private var failures: [String: ListingFailure] = [:]
    private var changes: [Change] = []
    private var consumer: Task<Void, Never>?
    private var warmUp: Task<Void, Never>?
    /// Moves on every event, so a browser can ask "anything new since N?".
    private(set) var revision = 0

    init(sessions: CloudSessions, policy: RefreshPolicy = .standard, logger: Logger) {
        store = InstanceStore(sessions: sessions, policy: policy, logger: logger)
    }

    /// Every instance the store knows, with the projects that could not be read; the first call
    /// starts the store and waits (at most `firstWait`) until every project arrived or failed, and
    /// calls made meanwhile wait for the same.
    func listing(firstWait: Duration = .seconds(30)) async -> Listing<Instance> {
        let warmUp = self.warmUp ?? Task { await self.warm(firstWait) }
        self.warmUp = warmUp
        await warmUp.value
        let unreachable = await store.unreachableClouds
        return Listing(items: await store.instances(), failures: unreachable + failures.values.sorted { $0.cloud < $1.cloud })
    }

    private func warm(_ firstWait: Duration) async {
        let events = await store.events()
        consumer = Task { [weak self] in
            for await event in events { await self?.record(event) }
        }
        await store.start()
        // Events may arrive while start() runs, so arrivals are recorded, not removed from a list.
        let watched = Set(await store.watchedProjects().map(Self.key))
        let deadline = ContinuousClock.now + firstWait
        while !watched.isSubset(of: arrived), ContinuousClock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    /// The state changes after `revision`, oldest first, and the current revision.
    func changes(since revision: Int) -> (revision: Int, changes: [Change]) {
        (self.revision, changes.filter { $0.revision > revision })
    }

    /// Polls `project` at once, after an action on it.
    func expedite(_ project: ProjectSummary) async {
        await store.expedite(project)
    }

    /// Stops polling.
    func stop() async {
        consumer?.cancel()
        await store.stop()
    }

    private func record(_ event: InstanceEvent) {
        revision += 1
        switch event {
        case .projectSynced(let project):
            arrived.insert(Self.key(project))
            failures[Self.key(project)] = nil
        case .refreshFailed(let project, let message):
            arrived.insert(Self.key(project))
            failures[Self.key(project)] = ListingFailure(cloud: project.cloud, project: project, error: WebUIError.refreshFailed(reason: message))
        case .changed(let instance, let previous) where instance.status != previous.status:
            remember(Change(revision: revision, instance: instance, previousStatus: previous.status))
        case .disappeared(let instance):
            remember(Change(revision: revision, instance: instance, previousStatus: nil))
        case .appeared, .changed:
            break
        }
    }

    private func remember(_ change: Change) {
        changes.append(change)
        if changes.count > Self.changeLimit { changes.removeFirst(changes.count - Self.changeLimit) }
    }

    private static func key(_ project: ProjectSummary) -> String {
        project.cloud + "\u{0}" + project.id
    }
}
