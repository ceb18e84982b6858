public import Logging
public import OutboundHTTP

/// What every client shares: the transport, the activity log and the logger.
///
/// Create one per session and hand it to each client; all three parts are safe to share between
/// tasks.
///
/// ```swift
/// let context = APIContext(
///     transport: AsyncHTTPClientTransport(),
///     activityLog: APIActivityLog(),
///     logger: Logger(label: "exosphere.openstackapi")
/// )
/// ```
public struct APIContext: Sendable {
    /// Sends the HTTP requests.
    public var transport: any HTTPTransport
    /// Receives one record per HTTP call.
    public var activityLog: APIActivityLog
    /// Receives debug lines (method, URL, status, duration, request id; never headers or bodies).
    public var logger: Logger

    /// Creates a context.
    public init(transport: any HTTPTransport, activityLog: APIActivityLog = APIActivityLog(), logger: Logger) {
        self.transport = transport
        self.activityLog = activityLog
        self.logger = logger
    }
}
