import OutboundHTTP
extension NetworkClient {
    /// Subnets (`GET /v2.0/subnets`); filter with `["network_id": id]`.
    public func listSubnets(_ query: NetworkListQuery = NetworkListQuery()) async throws -> [Subnet] {
        try await list(Subnet.self, key: "subnets", path: "subnets", query: query).all()
    }

    /// One subnet (`GET /v2.0/subnets/{subnet_id}`).
    public func showSubnet(id: String) async throws -> Subnet {
        try await caller.unwrapped(Subnet.self, key: "subnet", .get, ["subnets", id])
    }
}
