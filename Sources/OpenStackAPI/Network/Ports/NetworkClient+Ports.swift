import OutboundHTTP
extension NetworkClient {
    /// Ports (`GET /v2.0/ports`); a server's ports with `["device_id": serverID]`.
    public func listPorts(_ query: NetworkListQuery = NetworkListQuery()) async throws -> [Port] {
        try await list(Port.self, key: "ports", path: "ports", query: query).all()
    }

    /// One port (`GET /v2.0/ports/{port_id}`).
    public func showPort(id: String) async throws -> Port {
        try await caller.unwrapped(Port.self, key: "port", .get, ["ports", id])
    }
}
