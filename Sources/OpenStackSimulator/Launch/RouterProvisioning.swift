import Hummingbird

/// `POST/PUT/DELETE /network/v2.0/routers…` (Networking API ref, "Routers").
struct RouterProvisioning {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let base = "/network/v2.0/routers"
        // "Create router": 201; `external_gateway_info.network_id` sets the gateway.
        mount.route(router, .post, base) { request, world throws(APIError) in
            let body = try NetworkProvisioningRoutes.body(request, "router")
            var record = RouterRecord(
                id: world.random.uuid(), name: body["name"]?.stringValue ?? "", projectID: request.projectID,
                createdAt: request.now)
            if let networkID = body["external_gateway_info"]?["network_id"]?.stringValue {
                try world.setGateway(&record, networkID: networkID)
            }
            world.network.routers.insert(record)
            return .json(["router": world.routerJSON(record)], status: 201)
        }
        // "Update router": a new `external_gateway_info`.
        mount.route(router, .put, base + "/:id") { request, world throws(APIError) in
            var record = try world.ownRouter(request)
            let body = try NetworkProvisioningRoutes.body(request, "router")
            if let gateway = body["external_gateway_info"] {
                if let networkID = gateway["network_id"]?.stringValue {
                    try world.setGateway(&record, networkID: networkID)
                } else {
                    record.externalNetworkID = nil
                    record.externalIP = nil
                    record.externalSubnetID = nil
                }
            }
            if let name = body["name"]?.stringValue { record.name = name }
            world.network.routers.insert(record)
            return .json(["router": world.routerJSON(record)])
        }
        // "Add interface to router": a `network:router_interface` port on the subnet's gateway.
        mount.route(router, .put, base + "/:id/add_router_interface") { request, world throws(APIError) in
            let record = try world.ownRouter(request)
            guard let subnetID = request.body?["subnet_id"]?.stringValue, let subnet = world.network.subnets[subnetID],
                subnet.projectID == request.projectID
            else {
                throw APIError.notFound("Subnet could not be found.", neutronType: "SubnetNotFound")
            }
            let port = PortRecord(
                id: world.random.uuid(), networkID: subnet.networkID, projectID: request.projectID,
                macAddress: world.random.macAddress(), subnetID: subnetID, ipAddress: subnet.gatewayIP,
                deviceID: record.id, deviceOwner: "network:router_interface", createdAt: request.now)
            world.network.addPort(port)
            return .json([
                "id": .string(record.id), "network_id": .string(subnet.networkID), "port_id": .string(port.id),
                "subnet_id": .string(subnetID), "subnet_ids": [.string(subnetID)], "project_id": .string(request.projectID),
                "tenant_id": .string(request.projectID),
            ])
        }
        // "Remove interface from router": by `subnet_id` or `port_id`.
        mount.route(router, .put, base + "/:id/remove_router_interface") { request, world throws(APIError) in
            let record = try world.ownRouter(request)
            let subnetID = request.body?["subnet_id"]?.stringValue
            let portID = request.body?["port_id"]?.stringValue
            let ports = (world.network.portsByDevice[record.id] ?? []).compactMap { world.network.ports[$0] }
            guard let port = ports.first(where: { $0.id == portID || $0.subnetID == subnetID }) else {
                throw APIError.notFound(
                    "Router \(record.id) has no interface on subnet \(subnetID ?? portID ?? "")",
                    neutronType: "RouterInterfaceNotFoundForSubnet")
            }
            world.network.removePort(port.id)
            return .json([
                "id": .string(record.id), "network_id": .string(port.networkID), "port_id": .string(port.id),
                "subnet_id": .string(port.subnetID), "subnet_ids": [.string(port.subnetID)],
                "project_id": .string(request.projectID), "tenant_id": .string(request.projectID),
            ])
        }
        // "Delete router": 204; 409 RouterInUse while it has interfaces.
        mount.route(router, .delete, base + "/:id") { request, world throws(APIError) in
            let record = try world.ownRouter(request)
            if !(world.network.portsByDevice[record.id] ?? []).isEmpty {
                throw APIError.conflict(
                    "Router \(record.id) still has ports", neutronType: "RouterInUse")
            }
            world.network.routers[record.id] = nil
            world.network.portsByDevice[record.id] = nil
            return .empty(204)
        }
    }
}

extension World {
    func ownRouter(_ request: APIRequest) throws(APIError) -> RouterRecord {
        let id = request.parameter("id")
        guard let found = network.routers[id], found.projectID == request.projectID else {
            throw APIError.notFound("Router \(id) could not be found", neutronType: "RouterNotFound")
        }
        return found
    }

    mutating func setGateway(_ router: inout RouterRecord, networkID: String) throws(APIError) {
        guard let external = network.networks[networkID], external.isExternal else {
            throw APIError.badRequest("Bad router request: Network \(networkID) is not a valid external network.")
        }
        router.externalNetworkID = networkID
        router.externalSubnetID = external.subnetIDs.first
        router.externalIP = network.allocateFloatingAddress()
    }
}
