import OutboundHTTP
extension NetworkClient {
    /// Routers (`GET /v2.0/routers`).
    public func listRouters(_ query: NetworkListQuery = NetworkListQuery()) async throws -> [Router] {
        try await list(Router.self, key: "routers", path: "routers", query: query).all()
    }

    /// One router (`GET /v2.0/routers/{router_id}`).
    public func showRouter(id: String) async throws -> Router {
        try await caller.unwrapped(Router.self, key: "router", .get, ["routers", id])
    }
}
