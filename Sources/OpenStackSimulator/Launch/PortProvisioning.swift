import Hummingbird

/// `POST /network/v2.0/ports` and `DELETE /network/v2.0/ports/{id}` (Networking API ref, "Ports").
struct PortProvisioning {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let base = "/network/v2.0/ports"
        // "Create port": 201 with an address from the network's first subnet; security groups by id.
        mount.route(router, .post, base) { request, world throws(APIError) in
            let body = try NetworkProvisioningRoutes.body(request, "port")
            guard let networkID = body["network_id"]?.stringValue, let network = world.network.networks[networkID],
                network.projectID == request.projectID || network.isShared
            else {
                throw APIError.notFound("Network could not be found.", neutronType: "NetworkNotFound")
            }
            guard let subnetID = network.subnetIDs.first, var subnet = world.network.subnets[subnetID] else {
                throw APIError.conflict(
                    "No more IP addresses available on network \(networkID).", neutronType: "IpAddressGenerationFailure")
            }
            let groupIDs = body["security_groups"]?.arrayValue?.compactMap(\.stringValue)
                ?? world.network.securityGroup(named: "default", project: request.projectID).map { [$0.id] } ?? []
            for id in groupIDs where world.network.securityGroups[id]?.projectID != request.projectID {
                throw APIError.notFound("Security group \(id) does not exist", neutronType: "SecurityGroupNotFound")
            }
            let address = subnet.allocate()
            world.network.subnets[subnetID] = subnet
            var port = PortRecord(
                id: world.random.uuid(), networkID: networkID, projectID: request.projectID,
                macAddress: world.random.macAddress(), subnetID: subnetID, ipAddress: address,
                securityGroupIDs: groupIDs, createdAt: request.now)
            port.name = body["name"]?.stringValue ?? ""
            port.preserveOnDelete = true
            world.network.addPort(port)
            return .json(["port": world.portJSON(port)], status: 201)
        }
        // "Delete port": 204; the floating IP on it is disassociated.
        mount.route(router, .delete, base + "/:id") { request, world throws(APIError) in
            let port = try world.ownPort(request.parameter("id"), request: request)
            world.network.removePort(port.id)
            return .empty(204)
        }
    }
}
