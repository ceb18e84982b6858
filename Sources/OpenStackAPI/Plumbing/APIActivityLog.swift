import Foundation
import Synchronization

/// A thread-safe record of every HTTP call the clients made, newest last.
///
/// Share one log between all clients of a session; the web UI shows it as a panel and benchmarks
/// read ``sequentialRoundTrips()`` from it. It keeps at most ``capacity`` records, dropping the
/// oldest first.
public final class APIActivityLog: Sendable {
    /// The most records kept.
    public let capacity: Int
    private let storage = Mutex<[APIActivityRecord]>([])

    /// Creates an empty log that keeps at most `capacity` records.
    public init(capacity: Int = 10_000) {
        self.capacity = max(1, capacity)
    }

    /// Appends a record, dropping the oldest one when the log is full.
    public func append(_ record: APIActivityRecord) {
        storage.withLock { records in
            records.append(record)
            if records.count > capacity {
                records.removeFirst(records.count - capacity)
            }
        }
    }

    /// A copy of the records, oldest first.
    public func records() -> [APIActivityRecord] {
        storage.withLock { $0 }
    }

    /// Forgets every record (for instance between two benchmark phases).
    public func clear() {
        storage.withLock { $0.removeAll() }
    }

    /// The number of sequential round trips in the records kept; see
    /// ``sequentialRoundTrips(in:)``.
    public func sequentialRoundTrips() -> Int {
        Self.sequentialRoundTrips(in: records())
    }

    /// The length of the longest chain of calls in which each call starts at or after the moment
    /// the previous one finished.
    ///
    /// This is the latency cost of a workflow: calls made concurrently count once, calls that
    /// had to wait for each other count one each. Picking the call that finishes first, again and
    /// again, yields a longest chain (the classic interval-scheduling argument).
    public static func sequentialRoundTrips(in records: [APIActivityRecord]) -> Int {
        let byFinish = records.sorted { $0.finishedAt < $1.finishedAt }
        var count = 0
        var lastFinish = -Double.infinity
        for record in byFinish where record.startedAt.timeIntervalSinceReferenceDate >= lastFinish {
            count += 1
            lastFinish = record.finishedAt.timeIntervalSinceReferenceDate
        }
        return count
    }
}
