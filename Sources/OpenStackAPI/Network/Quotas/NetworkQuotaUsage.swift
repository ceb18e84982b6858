/// Usage and limit of one Neutron resource (`GET /v2.0/quotas/{project_id}/details.json`).
public struct NetworkQuotaUsage: Sendable, Hashable, Codable {
    /// In use.
    public var used: Int
    /// The quota; `-1` means unlimited.
    public var limit: Int
    /// Reserved by requests in progress.
    public var reserved: Int?

    /// Creates a record.
    public init(used: Int, limit: Int, reserved: Int? = nil) {
        self.used = used
        self.limit = limit
        self.reserved = reserved
    }
}
