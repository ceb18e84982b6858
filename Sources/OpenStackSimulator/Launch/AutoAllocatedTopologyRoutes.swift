import Hummingbird

/// `/network/v2.0/auto-allocated-topology/{project_id}` (Networking API ref, "Auto Allocated
/// Topology"): "get me a network". Without the extension the path does not exist (404).
struct AutoAllocatedTopologyRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let path = "/network/v2.0/auto-allocated-topology/:project_id"
        // "Show auto allocated topology details": allocates on first use; `fields=dry-run` only
        // checks that the cloud can, answering `{"dry-run": "pass"}`.
        mount.route(router, .get, path) { request, world throws(APIError) in
            try Self.check(request, world: world)
            if request.queryAll("fields").contains("dry-run") {
                return .json(["auto_allocated_topology": ["dry-run": "pass"]])
            }
            let allocation = world.launch.autoAllocatedNetworks[request.projectID] ?? world.autoAllocate(request)
            return .json([
                "auto_allocated_topology": [
                    "id": .string(allocation.networkID), "project_id": .string(request.projectID),
                    "tenant_id": .string(request.projectID),
                ]
            ])
        }
        // "Delete the auto allocated topology": 204, removing its router, subnet and network.
        mount.route(router, .delete, path) { request, world throws(APIError) in
            try Self.check(request, world: world)
            guard let allocation = world.launch.autoAllocatedNetworks[request.projectID] else {
                throw APIError.notFound("Auto allocated topology not found for project \(request.projectID)")
            }
            if world.network.ports.all.contains(where: {
                $0.networkID == allocation.networkID && $0.deviceOwner != "network:router_interface"
            }) {
                throw APIError.conflict(
                    "Unable to complete operation on network \(allocation.networkID). There are one or more ports still in use on the network.",
                    neutronType: "NetworkInUse")
            }
            for port in world.network.ports.all where port.networkID == allocation.networkID {
                world.network.removePort(port.id)
            }
            world.network.routers[allocation.routerID] = nil
            world.network.portsByDevice[allocation.routerID] = nil
            world.deleteNetwork(allocation.networkID)
            world.launch.autoAllocatedNetworks[request.projectID] = nil
            return .empty(204)
        }
    }

    private static func check(_ request: APIRequest, world: World) throws(APIError) {
        guard world.launch.autoAllocatedTopology else { throw APIError.notFound("The resource could not be found.") }
        guard request.parameter("project_id") == request.projectID else {
            throw APIError.forbidden("(rule:get_auto_allocated_topology) is disallowed by policy")
        }
    }
}

extension World {
    /// The network, subnet and router Neutron makes for a project on its first request.
    mutating func autoAllocate(_ request: APIRequest) -> AutoAllocation {
        let index = 200 + launch.autoAllocatedNetworks.count % 50
        let prefix = "10.\(index)"
        let networkID = random.uuid()
        let subnet = SubnetRecord(
            id: random.uuid(), name: "auto_allocated_subnet_v4", networkID: networkID, projectID: request.projectID,
            prefix: prefix, cidr: prefix + ".0.0/16", gatewayIP: prefix + ".0.1", createdAt: request.now)
        network.subnets.insert(subnet)
        network.networks.insert(
            NetworkRecord(
                id: networkID, name: "auto_allocated_network", projectID: request.projectID, subnetIDs: [subnet.id],
                createdAt: request.now))
        let router = RouterRecord(
            id: random.uuid(), name: "auto_allocated_router", projectID: request.projectID,
            externalNetworkID: network.externalNetworkID, externalIP: network.allocateFloatingAddress(),
            externalSubnetID: network.externalSubnetID, createdAt: request.now)
        network.routers.insert(router)
        network.addPort(
            PortRecord(
                id: random.uuid(), networkID: networkID, projectID: request.projectID, macAddress: random.macAddress(),
                subnetID: subnet.id, ipAddress: subnet.gatewayIP, deviceID: router.id,
                deviceOwner: "network:router_interface", createdAt: request.now))
        let allocation = AutoAllocation(networkID: networkID, subnetID: subnet.id, routerID: router.id)
        launch.autoAllocatedNetworks[request.projectID] = allocation
        return allocation
    }

    /// Neutron's `ExternalIpAddressExhausted` (a 400) when a test has used up the external network
    /// (Networking API ref, "Create floating IP": 400 when no address can be allocated).
    func checkFloatingAddressLeft(networkID: String) throws(APIError) {
        if launch.floatingIPsExhausted {
            throw APIError.badRequest(
                "Unable to find any IP address on external network \(networkID).", neutronType: "ExternalIpAddressExhausted")
        }
    }
}
