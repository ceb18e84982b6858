public import Foundation
import OpenStackAPI
import OutboundHTTP

/// One call made to a cloud's API: what the activity page lists and `--timing` counts.
public struct CloudCall: Sendable, Hashable {
    /// The service called, as the service catalog names it (`compute`, `identity`, …).
    public var service: String
    /// The HTTP method, such as `GET`.
    public var method: String
    /// The full URL, query included (show it through a redaction: it may carry a credential).
    public var url: String
    /// The HTTP status, or `nil` when no response arrived.
    public var status: Int?
    /// When the request was sent.
    public var startedAt: Date
    /// How long it took until the whole response had arrived.
    public var duration: Duration
    /// The cloud's request id, when it sent one.
    public var requestID: String?

    /// Creates a record of one call.
    public init(service: String, method: String, url: String, status: Int?, startedAt: Date, duration: Duration, requestID: String?) {
        self.service = service
        self.method = method
        self.url = url
        self.status = status
        self.startedAt = startedAt
        self.duration = duration
        self.requestID = requestID
    }

    init(_ record: APIActivityRecord) {
        self.init(
            service: record.service.rawValue, method: record.method.rawValue, url: record.url, status: record.status,
            startedAt: record.startedAt, duration: record.duration, requestID: record.requestID)
    }
}

/// The API calls made through a set of sessions, as the activity page and `--timing` report them.
public struct CloudActivity: Sendable {
    /// Every call the log still holds, oldest first.
    public var calls: [CloudCall]
    /// The longest chain of calls in which each started only after the one before had finished:
    /// the workflow's latency in round trips (concurrent calls count once).
    public var sequentialRoundTrips: Int
}

extension CloudSessions {
    /// The API calls made through these sessions so far.
    public func activity() -> CloudActivity {
        let records = activityLog.records()
        return CloudActivity(
            calls: records.map(CloudCall.init), sequentialRoundTrips: APIActivityLog.sequentialRoundTrips(in: records))
    }
}
