import OutboundHTTP
extension ComputeClient {
    enum ServerPaths {
        static let servers = ["servers"]
        static let detail = ["servers", "detail"]
        static func server(_ id: String) -> [String] { ["servers", id] }
        static func action(_ id: String) -> [String] { ["servers", id, "action"] }
    }

    /// The servers, page by page (`GET /servers/detail`).
    public func servers(_ query: ServerListQuery = ServerListQuery()) -> PagedSequence<Server> {
        caller.paged(
            Server.self, key: "servers", path: ServerPaths.detail, query: query.items)
    }

    /// Every server matching `query`, following all pages (`GET /servers/detail`).
    public func listServers(_ query: ServerListQuery = ServerListQuery()) async throws -> [Server] {
        try await servers(query).all()
    }

    /// One server (`GET /servers/{server_id}`).
    public func showServer(id: String) async throws -> Server {
        try await caller.unwrapped(Server.self, key: "server", .get, ServerPaths.server(id))
    }

    /// Creates a server (`POST /servers`, 202). Creation continues in the background: poll
    /// ``showServer(id:)`` until the status is `ACTIVE` or `ERROR`.
    ///
    /// - Throws: ``OpenStackError/microversionTooLow(service:feature:required:negotiated:)`` when the
    ///   request uses a field this cloud's microversion lacks.
    public func createServer(_ request: ServerCreateRequest) async throws -> CreatedServer {
        let body = RequestEnvelope("server", try ServerCreateBody(request, client: self))
        return try await caller.unwrapped(CreatedServer.self, key: "server", .post, ServerPaths.servers, body: body)
    }

    /// Renames a server or changes its description or host name (`PUT /servers/{server_id}`).
    public func updateServer(id: String, _ request: ServerUpdateRequest) async throws -> Server {
        if request.description != nil { try require(2, 19, for: "A server description") }
        if request.hostname != nil { try require(2, 90, for: "A server hostname") }
        return try await caller.unwrapped(
            Server.self, key: "server", .put, ServerPaths.server(id), body: RequestEnvelope("server", request))
    }

    /// Deletes a server (`DELETE /servers/{server_id}`, 204); deletion finishes in the background.
    public func deleteServer(id: String) async throws {
        _ = try await caller.send(.delete, ServerPaths.server(id))
    }
}

extension ComputeClient {
    /// The listing fields of the servers, page by page (`GET /servers/detail`); see ``ServerSummary``.
    public func serverSummaries(_ query: ServerListQuery = ServerListQuery()) -> PagedSequence<ServerSummary> {
        caller.paged(ServerSummary.self, key: "servers", path: ServerPaths.detail, query: query.items)
    }
}
