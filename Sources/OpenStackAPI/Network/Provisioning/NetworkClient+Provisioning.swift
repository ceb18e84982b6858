import OutboundHTTP
extension NetworkClient {
    /// Creates a network (`POST /v2.0/networks`, 201).
    public func createNetwork(_ request: NetworkCreateRequest) async throws -> Network {
        try await caller.unwrapped(
            Network.self, key: "network", .post, ["networks"], body: RequestEnvelope("network", request))
    }

    /// Deletes a network (`DELETE /v2.0/networks/{id}`, 204); 409 while ports remain on it.
    public func deleteNetwork(id: String) async throws {
        _ = try await caller.send(.delete, ["networks", id])
    }

    /// Creates a subnet (`POST /v2.0/subnets`, 201).
    public func createSubnet(_ request: SubnetCreateRequest) async throws -> Subnet {
        try await caller.unwrapped(
            Subnet.self, key: "subnet", .post, ["subnets"], body: RequestEnvelope("subnet", request))
    }

    /// Deletes a subnet (`DELETE /v2.0/subnets/{id}`, 204).
    public func deleteSubnet(id: String) async throws {
        _ = try await caller.send(.delete, ["subnets", id])
    }

    /// Creates a router (`POST /v2.0/routers`, 201), with a gateway when the request names one.
    public func createRouter(_ request: RouterCreateRequest) async throws -> Router {
        try await caller.unwrapped(
            Router.self, key: "router", .post, ["routers"], body: RequestEnvelope("router", request))
    }

    /// Connects a subnet to a router (`PUT /v2.0/routers/{id}/add_router_interface`).
    @discardableResult
    public func addRouterInterface(routerID: String, subnetID: String) async throws -> RouterInterface {
        try await caller.json(
            RouterInterface.self, .put, ["routers", routerID, "add_router_interface"],
            body: RouterInterfaceBody(subnetID: subnetID))
    }

    /// Disconnects a subnet from a router (`PUT /v2.0/routers/{id}/remove_router_interface`).
    @discardableResult
    public func removeRouterInterface(routerID: String, subnetID: String) async throws -> RouterInterface {
        try await caller.json(
            RouterInterface.self, .put, ["routers", routerID, "remove_router_interface"],
            body: RouterInterfaceBody(subnetID: subnetID))
    }

    /// Deletes a router (`DELETE /v2.0/routers/{id}`, 204); 409 while it has interfaces.
    public func deleteRouter(id: String) async throws {
        _ = try await caller.send(.delete, ["routers", id])
    }

    /// Creates a port (`POST /v2.0/ports`, 201).
    public func createPort(_ request: PortCreateRequest) async throws -> Port {
        try await caller.unwrapped(Port.self, key: "port", .post, ["ports"], body: RequestEnvelope("port", request))
    }

    /// Deletes a port (`DELETE /v2.0/ports/{id}`, 204).
    public func deletePort(id: String) async throws {
        _ = try await caller.send(.delete, ["ports", id])
    }
}
