public import Foundation
public import Logging

/// One workspace's live view of its instances: an ``InstanceStore`` polling every project, and the
/// bookkeeping pages need from its events: which projects have arrived, which failed, a revision
/// that moves on every change, the recent state changes for the page's live region, and the
/// dashboard's recent activity.
public actor LiveInstances {
    /// A state change worth announcing: the instance and its new status.
    public struct Change: Sendable {
        /// The revision the change moved the workspace to.
        public var revision: Int
        /// The instance as it is now.
        public var instance: Instance
        /// Its status before; `nil` when it disappeared.
        public var previousStatus: String?

        /// Creates a change record.
        public init(revision: Int, instance: Instance, previousStatus: String?) {
            self.revision = revision
            self.instance = instance
            self.previousStatus = previousStatus
        }
    }

    /// How many changes are kept for browsers that poll ``changes(since:)``.
    public static let changeLimit = 50
    /// How many entries the dashboard's recent activity keeps.
    public static let activityLimit = 30

    /// The store that polls every project.
    public let store: InstanceStore
    private var arrived: Set<String> = []
    private var failures: [String: ListingFailure] = [:]
    private var changes: [Change] = []
    private var synced: Set<String> = []
    private var activity = RecentActivity(capacity: LiveInstances.activityLimit)
    private let now: @Sendable () -> Date
    /// The last listing and dashboard summary, with the revision they were read at: pages ask
    /// far more often than the store changes, so they are worked out again only when it did.
    private var listed: (revision: Int, listing: Listing<Instance>)?
    /// Values worked out from a listing (``derived(_:)``), by type, with the revision they were
    /// worked out at.
    private var derivedValues: [ObjectIdentifier: (revision: Int, value: any Sendable)] = [:]
    private var consumer: Task<Void, Never>?
    private var warmUp: Task<Void, Never>?
    /// Moves on every event, so a browser can ask "anything new since N?".
    public private(set) var revision = 0

    private let whenWatching: @Sendable ([ProjectSummary]) async -> Void

    /// - Parameters:
    ///   - now: The clock that stamps recent activity.
    ///   - whenWatching: Told the watched projects as soon as the store knows them, before their
    ///     first listings arrive (the workspace starts reading their quotas then).
    public init(
        sessions: CloudSessions, policy: RefreshPolicy = .standard, logger: Logger, now: @escaping @Sendable () -> Date = { Date() },
        whenWatching: @escaping @Sendable ([ProjectSummary]) async -> Void = { _ in }
    ) {
        store = InstanceStore(sessions: sessions, policy: policy, logger: logger)
        self.now = now
        self.whenWatching = whenWatching
    }

    /// Every instance the store knows, with the projects that could not be read; the first call
    /// starts the store and waits (at most `firstWait`) until every project arrived or failed, and
    /// calls made meanwhile wait for the same.
    public func listing(firstWait: Duration = .seconds(30)) async -> Listing<Instance> {
        let warmUp = self.warmUp ?? Task { await self.warm(firstWait) }
        self.warmUp = warmUp
        await warmUp.value
        if let listed, listed.revision == revision { return listed.listing }
        // Events that arrive during the awaits below move the revision past `seen`, so a listing
        // that already includes them is read again next time rather than kept too long.
        let seen = revision
        let unreachable = await store.unreachableClouds
        let listing = Listing(items: await store.instances(), failures: unreachable + failures.values.sorted { $0.cloud < $1.cloud })
        listed = (seen, listing)
        return listing
    }

    /// `make` applied to ``listing(firstWait:)``, worked out again only when the listing changed:
    /// pages ask far more often than the store changes (the dashboard's counts, say). One value
    /// is kept per type of `Value`.
    public func derived<Value: Sendable>(_ make: @Sendable (Listing<Instance>) -> Value) async -> Value {
        let listing = await listing()
        let key = ObjectIdentifier(Value.self)
        if let kept = derivedValues[key], kept.revision == listed?.revision, let value = kept.value as? Value { return value }
        let value = make(listing)
        if let revision = listed?.revision { derivedValues[key] = (revision, value) }
        return value
    }

    private func warm(_ firstWait: Duration) async {
        let events = await store.events()
        consumer = Task { [weak self] in
            for await event in events { await self?.record(event) }
        }
        await store.start()
        // Events may arrive while start() runs, so arrivals are recorded, not removed from a list.
        let projects = await store.watchedProjects()
        await whenWatching(projects)
        let watched = Set(projects.map(Self.key))
        let deadline = ContinuousClock.now + firstWait
        while !watched.isSubset(of: arrived), ContinuousClock.now < deadline, !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    /// The state changes after `revision`, oldest first, and the current revision.
    public func changes(since revision: Int) -> (revision: Int, changes: [Change]) {
        (self.revision, changes.filter { $0.revision > revision })
    }

    /// What happened lately, newest first.
    public func recentActivity() -> [RecentActivity.Entry] {
        activity.newestFirst
    }

    /// The projects the store watches (after the first ``listing(firstWait:)``).
    public func watchedProjects() async -> [ProjectSummary] {
        await store.watchedProjects()
    }

    /// Polls `project` at once, after an action on it.
    public func expedite(_ project: ProjectSummary) async {
        await store.expedite(project)
    }

    /// Stops polling.
    public func stop() async {
        consumer?.cancel()
        await store.stop()
    }

    private func record(_ event: InstanceEvent) {
        revision += 1
        if let project = Self.project(of: event),
            let entry = RecentActivity.entry(
                for: event, projectListed: synced.contains(Self.key(project)), alreadyFailing: failures[Self.key(project)] != nil, at: now())
        {
            activity.record(entry)
        }
        switch event {
        case .projectSynced(let project):
            synced.insert(Self.key(project))
            arrived.insert(Self.key(project))
            failures[Self.key(project)] = nil
        case .refreshFailed(let project, let message):
            arrived.insert(Self.key(project))
            failures[Self.key(project)] = ListingFailure(cloud: project.cloud, project: project, error: RefreshFailure(reason: message))
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

    private static func project(of event: InstanceEvent) -> ProjectSummary? {
        switch event {
        case .appeared(let instance), .changed(let instance, _), .disappeared(let instance): instance.project
        case .projectSynced(let project), .refreshFailed(let project, _): project
        }
    }

    private static func key(_ project: ProjectSummary) -> String {
        project.cloud + "\u{0}" + project.id
    }
}
