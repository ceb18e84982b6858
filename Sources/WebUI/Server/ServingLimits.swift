/// What one client may take of the server: connections, time to send a request, uploads in
/// flight and new sessions. The defaults suit one server behind a load balancer for a few
/// thousand people; the reasons for each are in SECURITY.md.
public struct ServingLimits: Sendable, Hashable {
    /// Open connections in all; further ones wait in the listen queue (4,096 unless set, and
    /// kept well below the process's file-descriptor limit by ``effectiveMaximumConnections``).
    public var maximumConnections = 4_096
    /// Open connections from one address (IPv6: one /64); more are closed at once (64 unless set).
    public var maximumConnectionsPerClient = 64
    /// How long a connection may go without a complete request part: a client that dribbles its
    /// headers, or keeps a connection open and silent, is cut off after this (20 seconds unless set).
    public var idleTimeout: Duration = .seconds(20)
    /// How long a whole form post (not a file upload) may take to arrive (30 seconds unless set).
    public var formTimeout: Duration = .seconds(30)
    /// The slowest an upload may arrive on average once ``uploadGrace`` has passed, in bytes per
    /// second (16 KiB/s unless set).
    public var minimumUploadBytesPerSecond: Int64 = 16 << 10
    /// How long an upload may take before its average rate is checked (30 seconds unless set).
    public var uploadGrace: Duration = .seconds(30)
    /// Upload bytes being received at once, across every session, in bytes (32 GiB unless set);
    /// one session may have at most one largest upload in flight.
    public var maximumUploadBytesInFlight: Int64 = 32 << 30
    /// New sessions one address may start at once; one more a second after that (60 unless set).
    public var newSessionBurst = 60
    /// API calls kept for each visitor's Activity page (500 unless set, some 12 minutes of
    /// polling ten projects). Every visitor has a log of their own; at the single-user server's
    /// 10,000, 200 visitors' logs would grow to some 800 MB.
    public var activityRecordsPerVisitor = 500

    /// Creates the default limits.
    public init() {}

    /// ``maximumConnections``, lowered to leave room under `descriptorLimit` for the server's own
    /// files and its connections to the clouds (a quarter of the limit).
    public func effectiveMaximumConnections(descriptorLimit: Int) -> Int {
        let reserve = max(256, descriptorLimit / 4)
        return max(1, min(maximumConnections, descriptorLimit - reserve))
    }
}
