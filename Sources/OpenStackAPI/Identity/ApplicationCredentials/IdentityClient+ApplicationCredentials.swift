import OutboundHTTP
extension IdentityClient {
    private enum Paths {
        static func credentials(user: String) -> [String] { ["users", user, "application_credentials"] }
        static func credential(user: String, id: String) -> [String] { credentials(user: user) + [id] }
    }

    /// Creates an application credential for `userID` in the token's project
    /// (`POST /v3/users/{user_id}/application_credentials`). The answer carries
    /// ``ApplicationCredential/secret``, which Keystone never shows again.
    public func createApplicationCredential(
        userID: String,
        _ request: ApplicationCredentialCreateRequest,
        using tokens: any TokenSource
    ) async throws -> ApplicationCredential {
        try await caller(tokens: tokens).unwrapped(
            ApplicationCredential.self, key: "application_credential", .post, Paths.credentials(user: userID),
            body: RequestEnvelope("application_credential", request))
    }

    /// The user's application credentials, optionally only those named `name`
    /// (`GET /v3/users/{user_id}/application_credentials`).
    public func listApplicationCredentials(userID: String, name: String? = nil, using tokens: any TokenSource)
        async throws
        -> [ApplicationCredential]
    {
        var query = QueryBuilder()
        query.add("name", name)
        return try await caller(tokens: tokens).unwrapped(
            [ApplicationCredential].self, key: "application_credentials", .get, Paths.credentials(user: userID),
            query: query.items)
    }

    /// One application credential (`GET /v3/users/{user_id}/application_credentials/{id}`).
    public func showApplicationCredential(userID: String, id: String, using tokens: any TokenSource) async throws
        -> ApplicationCredential
    {
        try await caller(tokens: tokens).unwrapped(
            ApplicationCredential.self, key: "application_credential", .get, Paths.credential(user: userID, id: id))
    }

    /// Deletes an application credential; its tokens stop working at once
    /// (`DELETE /v3/users/{user_id}/application_credentials/{id}`, 204).
    public func deleteApplicationCredential(userID: String, id: String, using tokens: any TokenSource) async throws {
        _ = try await caller(tokens: tokens).send(.delete, Paths.credential(user: userID, id: id))
    }
}
