public import Foundation

/// Usage rows for every project the sessions reach, by calendar month over the last months, kept
/// for a while: Nova's usage report walks every instance of the period, so it is read at most once
/// an hour (by default), however often plugins and pages ask.
///
/// ```swift
/// let reader = UsageReader(sessions: sessions)
/// let usage = await reader.usage()   // 12 months × every project, fetched concurrently
/// ```
public actor UsageReader {
    private let sessions: CloudSessions
    private let months: Int
    private let maximumAge: TimeInterval
    private let now: @Sendable () -> Date
    private var cached: (at: Date, listing: Listing<ProjectUsage>)?
    private var reading: Task<Listing<ProjectUsage>, Never>?

    /// Creates a reader of the last `months` calendar months (the current one up to now),
    /// re-read when older than `maximumAge` seconds. `now` is the clock (replaced in tests).
    public init(
        sessions: CloudSessions, months: Int = 12, maximumAge: TimeInterval = 3600,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.sessions = sessions
        self.months = months
        self.maximumAge = maximumAge
        self.now = now
    }

    /// The usage rows, from the cache while it is young enough; concurrent callers share one read.
    public func usage() async -> Listing<ProjectUsage> {
        let time = now()
        // A listing with failures is retried within a minute: a cloud that was down is not hidden for an hour.
        if let cached, time.timeIntervalSince(cached.at) < (cached.listing.failures.isEmpty ? maximumAge : min(maximumAge, 60)) {
            return cached.listing
        }
        if let reading { return await reading.value }
        let periods = UsagePeriod.months(months, endingAt: time)
        let sessions = self.sessions
        let task = Task { await sessions.listUsage(periods: periods) }
        reading = task
        let listing = await task.value
        cached = (time, listing)
        reading = nil
        return listing
    }

    /// Forgets the cached rows, so the next ``usage()`` reads the clouds again.
    public func invalidate() {
        cached = nil
    }
}
