import Hummingbird

/// `/network/v2.0/floatingips` (Networking API ref, "Floating IPs (floatingips)").
struct FloatingIPRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let base = "/network/v2.0/floatingips"
        mount.route(router, .get, base) { request, world throws(APIError) in
            let floating = world.network.floatingIPs.all.filter { $0.projectID == request.projectID }
            return try NeutronCollection.list(request, collection: "floatingips", items: floating.map(world.floatingIPJSON))
        }
        mount.route(router, .get, base + "/:id") { request, world throws(APIError) in
            .json(["floatingip": world.floatingIPJSON(try Self.find(request, world: world))])
        }
        // "Create floating IP": 201; the network must be external; `port_id` associates at once.
        mount.route(router, .post, base) { request, world throws(APIError) in
            guard let body = request.body?["floatingip"], body.isObject else {
                throw APIError.badRequest("Resource body required")
            }
            guard let networkID = body["floating_network_id"]?.stringValue else {
                throw APIError.badRequest("Failed to parse request. Required attribute 'floating_network_id' not specified")
            }
            guard let network = world.network.networks[networkID] else {
                throw APIError.notFound("Network \(networkID) could not be found.", neutronType: "NetworkNotFound")
            }
            guard network.isExternal else {
                throw APIError.badRequest("Bad floatingip request: Network \(networkID) is not a valid external network.")
            }
            try world.checkFloatingAddressLeft(networkID: networkID)
            let used = world.network.floatingIPs.all.filter { $0.projectID == request.projectID }.count
            guard used < NetworkQuota.floatingIPs else {
                throw APIError(409, "Quota exceeded for resources: ['floatingip'].", neutronType: "OverQuota")
            }
            var floating = world.allocateFloatingIP(projectID: request.projectID, now: request.now)
            floating.description = body["description"]?.stringValue ?? ""
            world.network.floatingIPs.insert(floating)
            if let portID = body["port_id"]?.stringValue {
                try Self.associate(floating.id, portID: portID, request: request, world: &world)
            }
            return .json(["floatingip": world.floatingIPJSON(world.network.floatingIPs[floating.id] ?? floating)], status: 201)
        }
        // "Update floating IP": `port_id` set associates, null disassociates.
        mount.route(router, .put, base + "/:id") { request, world throws(APIError) in
            let floating = try Self.find(request, world: world)
            guard let body = request.body?["floatingip"], body.isObject, let portValue = body["port_id"] else {
                throw APIError.badRequest("Resource body required")
            }
            if let portID = portValue.stringValue {
                try Self.associate(floating.id, portID: portID, request: request, world: &world)
            } else {
                world.associate(floatingID: floating.id, portID: nil, now: request.now)
            }
            if let description = body["description"]?.stringValue { world.network.floatingIPs[floating.id]?.description = description }
            return .json(["floatingip": world.floatingIPJSON(world.network.floatingIPs[floating.id] ?? floating)])
        }
        mount.route(router, .delete, base + "/:id") { request, world throws(APIError) in
            let floating = try Self.find(request, world: world)
            world.associate(floatingID: floating.id, portID: nil, now: request.now)
            world.network.floatingIPs[floating.id] = nil
            return .empty(204)
        }
    }

    private static func find(_ request: APIRequest, world: World) throws(APIError) -> FloatingIPRecord {
        let id = request.parameter("id")
        guard let floating = world.network.floatingIPs[id], floating.projectID == request.projectID else {
            throw APIError.notFound("Floating IP \(id) could not be found", neutronType: "FloatingIPNotFound")
        }
        return floating
    }

    private static func associate(_ floatingID: String, portID: String, request: APIRequest, world: inout World) throws(APIError) {
        let port = try world.ownPort(portID, request: request)
        if let existing = world.network.floatingIPByPort[portID], existing != floatingID,
            let other = world.network.floatingIPs[existing]
        {
            throw APIError.conflict(
                "Cannot associate floating IP \(world.network.floatingIPs[floatingID]?.address ?? "") (\(floatingID)) with port \(portID) using fixed IP \(port.ipAddress), as that fixed IP already has a floating IP on external network \(other.networkID).",
                neutronType: "FloatingIPPortAlreadyAssociated")
        }
        world.associate(floatingID: floatingID, portID: portID, now: request.now)
    }
}
