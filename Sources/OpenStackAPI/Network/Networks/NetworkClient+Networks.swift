import OutboundHTTP
extension NetworkClient {
    /// Networks visible to the project (`GET /v2.0/networks`).
    public func networks(_ query: NetworkListQuery = NetworkListQuery()) -> PagedSequence<Network> {
        list(Network.self, key: "networks", path: "networks", query: query)
    }

    /// Every network matching `query` (`GET /v2.0/networks`, all pages).
    public func listNetworks(_ query: NetworkListQuery = NetworkListQuery()) async throws -> [Network] {
        try await networks(query).all()
    }

    /// One network (`GET /v2.0/networks/{network_id}`).
    public func showNetwork(id: String) async throws -> Network {
        try await caller.unwrapped(Network.self, key: "network", .get, ["networks", id])
    }
}
