import OutboundHTTP
extension ComputeClient {
    private struct LimitsBody: Decodable {
        let limits: Limits
        struct Limits: Decodable {
            let absolute: ComputeLimits
        }
    }

    /// The project's quotas and usage (`GET /limits`).
    public func showLimits() async throws -> ComputeLimits {
        try await caller.json(LimitsBody.self, .get, ["limits"]).limits.absolute
    }
}
