import Foundation
public import Logging

/// One live view of every instance on every cloud and project, kept current by polling and
/// published as ``InstanceEvent``s to any number of subscribers (the web UI, plugins, `server watch`).
///
/// ```swift
/// let store = InstanceStore(sessions: sessions, logger: logger)
/// let events = await store.events()
/// await store.start()
/// for await event in events { … }
/// ```
///
/// Each project is polled on its own schedule (see ``RefreshPolicy``): a full listing first, then
/// only Nova's `changes-since` answer, fast while something is in transition, slowly otherwise,
/// backing off on errors.
public actor InstanceStore {
    struct Tracked: Sendable {
        var instance: Instance
        var updated: Date?
    }

    struct ProjectKey: Hashable, Sendable {
        var cloud: String
        var projectID: String
        init(_ project: ProjectSummary) {
            cloud = project.cloud
            projectID = project.id
        }
    }

    /// The clouds this store watches.
    public nonisolated let sessions: CloudSessions
    let policy: RefreshPolicy
    let logger: Logger
    var tracked: [ProjectKey: [String: Tracked]] = [:]
    var watermarks: [ProjectKey: Date] = [:]
    var dueAt: [ProjectKey: ContinuousClock.Instant] = [:]
    private var subscribers: [UUID: AsyncStream<InstanceEvent>.Continuation] = [:]
    var pollers: [Task<Void, Never>] = []
    private(set) var projects: [ProjectSummary] = []
    /// The clouds whose projects could not be listed at ``start()``, so nothing there is watched.
    public private(set) var unreachableClouds: [ListingFailure] = []

    /// Creates a store over `sessions`; nothing is fetched until ``start()``.
    public init(sessions: CloudSessions, policy: RefreshPolicy = .standard, logger: Logger) {
        self.sessions = sessions
        self.policy = policy
        self.logger = logger
    }

    /// Every known instance, sorted by cloud, project, name and id.
    public func instances() -> [Instance] {
        Instance.inListingOrder(tracked.values.flatMap { $0.values.map(\.instance) })
    }

    /// The projects being watched.
    public func watchedProjects() -> [ProjectSummary] { projects }

    /// A stream of every event from now on. It ends when the store stops or the consumer cancels.
    public func events() -> AsyncStream<InstanceEvent> {
        let (stream, continuation) = AsyncStream<InstanceEvent>.makeStream(bufferingPolicy: .bufferingNewest(10_000))
        let id = UUID()
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            Task { await self.unsubscribe(id) }
        }
        return stream
    }

    /// Polls `project` at the next tick and fast until it is quiet again: call after requesting an
    /// action so its progress shows at once.
    public func expedite(_ project: ProjectSummary) {
        dueAt[ProjectKey(project)] = .now
    }

    func publish(_ event: InstanceEvent) {
        for continuation in subscribers.values { continuation.yield(event) }
    }

    private func unsubscribe(_ id: UUID) {
        subscribers[id] = nil
    }

    func finishSubscribers() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }

    func setProjects(_ listing: Listing<ProjectSummary>) {
        projects = listing.items
        unreachableClouds = listing.failures
    }
}
