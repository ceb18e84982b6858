import Hummingbird

/// Neutron v2.0 under `/network`: versions, networks, subnets, routers and ports.
struct NetworkRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        // Networking API ref, "List API versions".
        mount.route(router, .get, "/network", access: .anonymous) { request, _ throws(APIError) in
            .json([
                "versions": [
                    ["id": "v2.0", "status": "CURRENT", "links": [["href": .string(request.baseURL + "/network/v2.0/"), "rel": "self"]]]
                ]
            ])
        }
        mount.route(router, .get, "/network/v2.0") { request, _ throws(APIError) in
            let collections = ["network", "subnet", "router", "port", "floatingip", "security-group", "security-group-rule", "quota"]
            return .json([
                "resources": .array(
                    collections.map { name in
                        [
                            "links": [["href": .string("\(request.baseURL)/network/v2.0/\(name)s"), "rel": "self"]],
                            "name": .string(name), "collection": .string(name + "s"),
                        ]
                    })
            ])
        }
        let base = "/network/v2.0"
        mount.route(router, .get, base + "/networks") { request, world throws(APIError) in
            try NeutronCollection.list(request, collection: "networks", items: world.visibleNetworks(request).map(world.networkJSON))
        }
        mount.route(router, .get, base + "/networks/:id") { request, world throws(APIError) in
            let id = request.parameter("id")
            guard let network = world.visibleNetworks(request).first(where: { $0.id == id }) else {
                throw APIError.notFound("Network \(id) could not be found.", neutronType: "NetworkNotFound")
            }
            return .json(["network": world.networkJSON(network)])
        }
        mount.route(router, .get, base + "/subnets") { request, world throws(APIError) in
            let networks = Set(world.visibleNetworks(request).map(\.id))
            let subnets = world.network.subnets.all.filter { networks.contains($0.networkID) }
            return try NeutronCollection.list(request, collection: "subnets", items: subnets.map(world.subnetJSON))
        }
        mount.route(router, .get, base + "/subnets/:id") { request, world throws(APIError) in
            let id = request.parameter("id")
            let networks = Set(world.visibleNetworks(request).map(\.id))
            guard let subnet = world.network.subnets[id], networks.contains(subnet.networkID) else {
                throw APIError.notFound("Subnet \(id) could not be found.", neutronType: "SubnetNotFound")
            }
            return .json(["subnet": world.subnetJSON(subnet)])
        }
        mount.route(router, .get, base + "/routers") { request, world throws(APIError) in
            let routers = world.network.routers.all.filter { $0.projectID == request.projectID }
            return try NeutronCollection.list(request, collection: "routers", items: routers.map(world.routerJSON))
        }
        mount.route(router, .get, base + "/routers/:id") { request, world throws(APIError) in
            let id = request.parameter("id")
            guard let found = world.network.routers[id], found.projectID == request.projectID else {
                throw APIError.notFound("Router \(id) could not be found", neutronType: "RouterNotFound")
            }
            return .json(["router": world.routerJSON(found)])
        }
        mount.route(router, .get, base + "/ports") { request, world throws(APIError) in
            let ports: [PortRecord]
            if let deviceID = request.query("device_id") {
                ports = (world.network.portsByDevice[deviceID] ?? []).compactMap { world.network.ports[$0] }
                    .filter { $0.projectID == request.projectID }
            } else {
                ports = world.network.ports.all.filter { $0.projectID == request.projectID }
            }
            return try NeutronCollection.list(request, collection: "ports", items: ports.map { world.portJSON($0, now: request.now) })
        }
        mount.route(router, .get, base + "/ports/:id") { request, world throws(APIError) in
            .json(["port": world.portJSON(try world.ownPort(request.parameter("id"), request: request), now: request.now)])
        }
        // Networking API ref, "Update port": security groups of a server's port.
        mount.route(router, .put, base + "/ports/:id") { request, world throws(APIError) in
            var port = try world.ownPort(request.parameter("id"), request: request)
            guard let update = request.body?["port"], update.isObject else {
                throw APIError.badRequest("Resource body required", neutronType: "BadRequest")
            }
            if let groups = update["security_groups"]?.arrayValue?.compactMap(\.stringValue) {
                for id in groups where world.network.securityGroups[id]?.projectID != request.projectID {
                    throw APIError.notFound("Security group \(id) does not exist", neutronType: "SecurityGroupNotFound")
                }
                port.securityGroupIDs = groups
            }
            if let name = update["name"]?.stringValue { port.name = name }
            world.network.ports.insert(port)
            return .json(["port": world.portJSON(port)])
        }
    }
}

extension World {
    /// The project's own networks, shared ones and external ones.
    func visibleNetworks(_ request: APIRequest) -> [NetworkRecord] {
        network.networks.all.filter { $0.projectID == request.projectID || $0.isShared || $0.isExternal }
    }

    func ownPort(_ id: String, request: APIRequest) throws(APIError) -> PortRecord {
        guard let port = network.ports[id], port.projectID == request.projectID else {
            throw APIError.notFound("Port \(id) could not be found.", neutronType: "PortNotFound")
        }
        return port
    }
}
