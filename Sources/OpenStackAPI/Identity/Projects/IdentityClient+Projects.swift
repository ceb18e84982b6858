import OutboundHTTP
extension IdentityClient {
    /// The projects the token's user can scope to (`GET /v3/auth/projects`, Identity API v3,
    /// "Get available project scopes"). Any of the user's tokens will do, unscoped included.
    public func listAuthProjects(using tokens: any TokenSource) async throws -> [AuthProject] {
        try await caller(tokens: tokens).unwrapped([AuthProject].self, key: "projects", .get, ["auth", "projects"])
    }
}
