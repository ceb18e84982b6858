public import Foundation

/// Each project's quota usage, kept for ``timeToLive`` and refreshed in the background, so the
/// dashboard shows usage at once and never waits on the cloud: a page gets what is known now, and
/// asking starts a refresh of what is missing or old.
public actor QuotaCache {
    /// One project's usage as known now.
    public struct Known: Sendable, Hashable {
        /// The project.
        public var project: ProjectSummary
        /// The last usage read; `nil` until the first read finishes.
        public var usage: QuotaUsage?
        /// Whether the last read failed (a previous usage, if any, is still given).
        public var failed: Bool

        /// Creates what is known of one project.
        public init(project: ProjectSummary, usage: QuotaUsage?, failed: Bool) {
            self.project = project
            self.usage = usage
            self.failed = failed
        }
    }

    /// Reads one project's usage from its cloud.
    public typealias Fetch = @Sendable (ProjectSummary) async throws -> QuotaUsage

    /// How long a usage read is shown before it is read again, in seconds. Quotas move only when
    /// someone launches or deletes, and an action here marks its project stale at once.
    public static let timeToLive: TimeInterval = 60

    private struct Stored: Sendable {
        var usage: QuotaUsage?
        var failed: Bool
        var readAt: Date
    }

    private let fetch: Fetch
    private let now: @Sendable () -> Date
    private let timeToLive: TimeInterval
    private var stored: [ProjectSummary: Stored] = [:]
    private var reading: [ProjectSummary: Task<Void, Never>] = [:]

    /// - Parameters:
    ///   - timeToLive: Seconds a read stays fresh.
    ///   - now: The clock that ages reads.
    public init(timeToLive: TimeInterval = QuotaCache.timeToLive, now: @escaping @Sendable () -> Date = { Date() }, fetch: @escaping Fetch) {
        self.fetch = fetch
        self.now = now
        self.timeToLive = timeToLive
    }

    /// What is known of each of `projects`, in their order, without waiting; projects never read,
    /// or read longer than ``timeToLive`` ago, are read again in the background.
    public func usage(of projects: [ProjectSummary]) -> [Known] {
        let time = now()
        return projects.map { project in
            let known = stored[project]
            if reading[project] == nil, known.map({ time.timeIntervalSince($0.readAt) >= timeToLive }) ?? true {
                reading[project] = Task { await self.read(project) }
            }
            return Known(project: project, usage: known?.usage, failed: known?.failed ?? false)
        }
    }

    /// Marks `project` stale, so the next ``usage(of:)`` reads it again: call after a launch,
    /// deletion or resize there.
    public func invalidate(_ project: ProjectSummary) {
        stored[project]?.readAt = .distantPast
    }

    /// Waits for the reads under way.
    public func settle() async {
        while let task = reading.values.first {
            await task.value
        }
    }

    /// Stops the reads under way.
    public func stop() {
        for task in reading.values { task.cancel() }
        reading = [:]
    }

    private func read(_ project: ProjectSummary) async {
        let previous = stored[project]?.usage
        do {
            let usage = try await fetch(project)
            stored[project] = Stored(usage: usage, failed: false, readAt: now())
        } catch {
            stored[project] = Stored(usage: previous, failed: true, readAt: now())
        }
        reading[project] = nil
    }
}
