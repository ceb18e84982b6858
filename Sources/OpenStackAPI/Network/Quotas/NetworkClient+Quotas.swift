import OutboundHTTP
extension NetworkClient {
    /// Usage and limits per resource (`network`, `floatingip`, `port`, `security_group`…) for a
    /// project (`GET /v2.0/quotas/{project_id}/details.json`, the quota-details extension).
    public func showQuotaDetails(projectID: String) async throws -> [String: NetworkQuotaUsage] {
        try await caller.unwrapped(
            [String: NetworkQuotaUsage].self, key: "quota", .get, ["quotas", projectID, "details.json"])
    }
}
