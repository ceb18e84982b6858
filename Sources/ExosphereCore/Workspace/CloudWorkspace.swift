public import CloudConfig
import Foundation
public import Logging
import Synchronization

/// The clouds one person works with, signed in: shared by every browser on loopback (it is the
/// local user's own machine), one per browser session in multi-user mode.
///
/// Pages read instances from one ``InstanceStore`` per workspace, which polls each project with
/// Nova's `changes-since` filter; a request never lists servers itself. Adding or removing a cloud
/// replaces the store.
public final class CloudWorkspace: Sendable {
    private let state: Mutex<CloudSessions>
    private let live = Mutex<LiveInstances?>(nil)
    private let storeObservers = Mutex<[@Sendable (InstanceStore) -> Void]>([])
    private let quotas = Mutex<QuotaCache?>(nil)
    private let policy: RefreshPolicy
    private let logger: Logger

    /// Wraps `sessions`, which this workspace closes in ``close()``.
    ///
    /// - Parameter policy: How often the store polls each project.
    public init(sessions: CloudSessions, policy: RefreshPolicy = .standard, logger: Logger) {
        state = Mutex(sessions)
        self.policy = policy
        self.logger = logger
    }

    /// The clouds as they are now.
    public var sessions: CloudSessions { state.withLock { $0 } }

    /// Every instance on every cloud, as the store knows it; the first call starts the store and
    /// waits for the first listings.
    public func instances() async -> Listing<Instance> {
        await liveInstances().listing()
    }

    /// Polls `project` at once and fast until it is quiet: call after requesting an action, so its
    /// progress shows on the next page or live update.
    public func expedite(_ project: ProjectSummary) async {
        await liveInstances().expedite(project)
        await quotaCache().invalidate(project)
    }

    /// Each watched project's quota usage as known now, without waiting on the clouds; what is
    /// missing or old is read in the background (see ``QuotaCache``).
    public func quotaUsage() async -> [QuotaCache.Known] {
        let projects = await liveInstances().watchedProjects()
        return await quotaCache().usage(of: projects)
    }

    /// The quota cache, created on first use over the current clouds.
    public func quotaCache() -> QuotaCache {
        quotas.withLock { current in
            if let current { return current }
            let sessions = self.sessions
            let created = QuotaCache(fetch: { project in try await sessions.session(for: project).quotaUsage(project: project) })
            current = created
            return created
        }
    }

    /// The store's bookkeeping, created on first use.
    public func liveInstances() -> LiveInstances {
        live.withLock { current in
            if let current { return current }
            let quotas = quotaCache()
            // Quotas are read while the first listings arrive, so the first dashboard has them.
            let created = LiveInstances(
                sessions: sessions, policy: policy, logger: logger, whenWatching: { projects in _ = await quotas.usage(of: projects) })
            current = created
            for observer in storeObservers.withLock({ $0 }) { observer(created.store) }
            return created
        }
    }

    /// Calls `observer` with each new ``InstanceStore`` this workspace creates (the first on
    /// first use, a new one after a cloud is added or removed), before the store starts.
    public func observeStores(_ observer: @escaping @Sendable (InstanceStore) -> Void) {
        storeObservers.withLock { $0.append(observer) }
    }

    /// Adds `profile`, replacing a cloud of the same name, and returns its session.
    @discardableResult
    public func add(_ profile: CloudProfile) -> CloudSession? {
        let session = state.withLock { sessions in
            sessions = sessions.adding(profile, logger: logger)
            return sessions.sessions.last
        }
        retireStore()
        return session
    }

    /// Removes the cloud named `name`.
    public func remove(_ name: String) {
        state.withLock { $0 = $0.removing(cloudNamed: name) }
        retireStore()
    }

    /// Whether the store is polling the clouds now.
    public var isPolling: Bool { live.withLock { $0 != nil } }

    /// Stops polling the clouds until a page asks for instances again (which starts a new store
    /// and waits for its first listings): for a browser session nobody has looked at for a while.
    public func pausePolling() {
        retireStore()
    }

    /// Closes the HTTP client; call once, when the server stops or the session expires.
    public func close() async {
        if let old = live.withLock({ current in defer { current = nil }; return current }) { await old.stop() }
        if let old = quotas.withLock({ current in defer { current = nil }; return current }) { await old.stop() }
        await sessions.close()
    }

    private func retireStore() {
        if let old = quotas.withLock({ current in defer { current = nil }; return current }) {
            Task { await old.stop() }
        }
        guard let old = live.withLock({ current in defer { current = nil }; return current }) else { return }
        Task { await old.stop() }
    }
}
