import OutboundHTTP
extension BlockStorageClient {
    private struct LimitsBody: Decodable {
        let limits: Limits
        struct Limits: Decodable {
            let absolute: BlockStorageLimits
        }
    }

    /// The project's quotas and usage (`GET /limits`).
    public func showLimits() async throws -> BlockStorageLimits {
        try await caller.json(LimitsBody.self, .get, ["limits"]).limits.absolute
    }
}
