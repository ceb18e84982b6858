import Synchronization

/// One request the simulator answered, for tests (`GET /_simulator/requests`).
public struct RecordedRequest: Sendable, Hashable, Codable {
    /// HTTP method.
    public var method: String
    /// Path without the query string.
    public var path: String
    /// The query string without `?`; empty when there is none.
    public var query: String
    /// The status sent back.
    public var status: Int
}

/// The most recent requests (up to 10,000) and the total count since the last reset.
final class RequestLog: Sendable {
    private struct Entries {
        var total = 0
        var recent: [RecordedRequest] = []
    }

    private static let capacity = 10_000
    private let entries = Mutex(Entries())

    func record(_ request: RecordedRequest) {
        entries.withLock { entries in
            entries.total += 1
            entries.recent.append(request)
            if entries.recent.count > Self.capacity { entries.recent.removeFirst(entries.recent.count - Self.capacity) }
        }
    }

    func snapshot() -> (total: Int, recent: [RecordedRequest]) {
        entries.withLock { ($0.total, $0.recent) }
    }

    func reset() { entries.withLock { $0 = Entries() } }
}
