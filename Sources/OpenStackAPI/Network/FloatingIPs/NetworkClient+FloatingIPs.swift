import OutboundHTTP
extension NetworkClient {
    private enum FloatingIPPaths {
        static let floatingIPs = ["floatingips"]
        static func floatingIP(_ id: String) -> [String] { ["floatingips", id] }
    }

    /// Floating IPs (`GET /v2.0/floatingips`); a port's with `["port_id": id]`.
    public func listFloatingIPs(_ query: NetworkListQuery = NetworkListQuery()) async throws -> [FloatingIP] {
        try await list(FloatingIP.self, key: "floatingips", path: "floatingips", query: query).all()
    }

    /// Allocates a floating IP (`POST /v2.0/floatingips`, 201).
    public func createFloatingIP(_ request: FloatingIPCreateRequest) async throws -> FloatingIP {
        try await caller.unwrapped(
            FloatingIP.self, key: "floatingip", .post, FloatingIPPaths.floatingIPs,
            body: RequestEnvelope("floatingip", request))
    }

    /// Associates a floating IP with a port (`PUT /v2.0/floatingips/{id}` with `port_id`).
    public func associateFloatingIP(id: String, portID: String, fixedIPAddress: String? = nil) async throws
        -> FloatingIP
    {
        try await caller.unwrapped(
            FloatingIP.self, key: "floatingip", .put, FloatingIPPaths.floatingIP(id),
            body: RequestEnvelope(
                "floatingip", FloatingIPAssociationBody(portID: portID, fixedIPAddress: fixedIPAddress)))
    }

    /// Disassociates a floating IP (`PUT /v2.0/floatingips/{id}` with `"port_id": null`).
    public func disassociateFloatingIP(id: String) async throws -> FloatingIP {
        try await caller.unwrapped(
            FloatingIP.self, key: "floatingip", .put, FloatingIPPaths.floatingIP(id),
            body: RequestEnvelope("floatingip", FloatingIPAssociationBody(portID: nil, fixedIPAddress: nil)))
    }

    /// Releases a floating IP (`DELETE /v2.0/floatingips/{id}`, 204).
    public func deleteFloatingIP(id: String) async throws {
        _ = try await caller.send(.delete, FloatingIPPaths.floatingIP(id))
    }
}
