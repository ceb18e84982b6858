import OutboundHTTP
extension ComputeClient {
    private enum KeypairPaths {
        static let keypairs = ["os-keypairs"]
        static func keypair(_ name: String) -> [String] { ["os-keypairs", name] }
    }

    // The list wraps each item once more: {"keypairs": [{"keypair": {…}}]}.
    struct KeypairListEntry: Decodable, Sendable {
        let keypair: Keypair
    }

    /// The user's key pairs (`GET /os-keypairs`, all pages; paged since 2.35).
    public func listKeypairs(userID: String? = nil) async throws -> [Keypair] {
        var query = QueryBuilder()
        if userID != nil { try require(2, 10, for: "Listing another user's key pairs") }
        query.add("user_id", userID)
        let pages = caller.paged(
            KeypairListEntry.self, key: "keypairs", path: KeypairPaths.keypairs, query: query.items)
        return try await pages.all().map(\.keypair)
    }

    /// One key pair (`GET /os-keypairs/{keypair_name}`).
    public func showKeypair(name: String) async throws -> Keypair {
        try await caller.unwrapped(Keypair.self, key: "keypair", .get, KeypairPaths.keypair(name))
    }

    /// Imports a public key, or has Nova generate a pair when ``KeypairCreateRequest/publicKey``
    /// is `nil` (`POST /os-keypairs`). Since 2.92 a public key is required.
    public func createKeypair(_ request: KeypairCreateRequest) async throws -> Keypair {
        if request.type != nil { try require(2, 2, for: "A key pair type") }
        if request.userID != nil { try require(2, 10, for: "Creating a key pair for another user") }
        return try await caller.unwrapped(
            Keypair.self, key: "keypair", .post, KeypairPaths.keypairs, body: RequestEnvelope("keypair", request))
    }

    /// Deletes a key pair (`DELETE /os-keypairs/{keypair_name}`).
    public func deleteKeypair(name: String) async throws {
        _ = try await caller.send(.delete, KeypairPaths.keypair(name))
    }
}
