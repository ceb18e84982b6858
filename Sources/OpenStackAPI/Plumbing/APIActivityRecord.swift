public import Foundation
public import OutboundHTTP

/// One HTTP call made by a client, as the activity panel and benchmarks see it.
///
/// Records hold no secrets: no headers, no bodies, and a URL without user information.
public struct APIActivityRecord: Sendable, Hashable, Codable {
    /// The service called.
    public var service: ServiceType
    /// The HTTP method.
    public var method: TransportRequest.Method
    /// The URL called, query included, user information removed.
    public var url: String
    /// The HTTP status, or `nil` when no response arrived (timeout, refused connection).
    public var status: Int?
    /// Wall-clock time the request was sent.
    public var startedAt: Date
    /// Time from sending the request to reading the last byte of the response.
    public var duration: Duration
    /// The OpenStack request id from `x-openstack-request-id` or `x-compute-request-id`.
    public var requestID: String?

    /// Creates a record.
    public init(
        service: ServiceType,
        method: TransportRequest.Method,
        url: String,
        status: Int?,
        startedAt: Date,
        duration: Duration,
        requestID: String?
    ) {
        self.service = service
        self.method = method
        self.url = url
        self.status = status
        self.startedAt = startedAt
        self.duration = duration
        self.requestID = requestID
    }

    /// Wall-clock time the response was complete.
    public var finishedAt: Date {
        let (seconds, attoseconds) = duration.components
        return startedAt.addingTimeInterval(Double(seconds) + Double(attoseconds) / 1e18)
    }
}
