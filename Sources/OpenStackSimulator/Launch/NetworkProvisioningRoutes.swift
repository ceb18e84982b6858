import Hummingbird

/// Creating and deleting networks, subnets, routers and ports under `/network/v2.0`, the calls a
/// launch makes when a project has no network of its own.
struct NetworkProvisioningRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let base = "/network/v2.0"
        // Networking API ref, "Create network": 201.
        mount.route(router, .post, base + "/networks") { request, world throws(APIError) in
            let body = try Self.body(request, "network")
            let network = NetworkRecord(
                id: world.random.uuid(), name: body["name"]?.stringValue ?? "", projectID: request.projectID,
                description: body["description"]?.stringValue ?? "", createdAt: request.now)
            world.network.networks.insert(network)
            return .json(["network": world.networkJSON(network)], status: 201)
        }
        // "Delete network": 204; 409 NetworkInUse while a port other than a router's or DHCP's remains.
        mount.route(router, .delete, base + "/networks/:id") { request, world throws(APIError) in
            let id = request.parameter("id")
            guard let network = world.network.networks[id], network.projectID == request.projectID else {
                throw APIError.notFound("Network \(id) could not be found.", neutronType: "NetworkNotFound")
            }
            if world.network.ports.all.contains(where: { $0.networkID == id }) {
                throw APIError.conflict(
                    "Unable to complete operation on network \(id). There are one or more ports still in use on the network.",
                    neutronType: "NetworkInUse")
            }
            world.deleteNetwork(id)
            return .empty(204)
        }
        // "Create subnet": 201; `network_id` and `cidr` are required for IPv4 without a pool.
        mount.route(router, .post, base + "/subnets") { request, world throws(APIError) in
            let body = try Self.body(request, "subnet")
            guard let networkID = body["network_id"]?.stringValue, var network = world.network.networks[networkID],
                network.projectID == request.projectID
            else {
                throw APIError.notFound("Network could not be found.", neutronType: "NetworkNotFound")
            }
            guard let cidr = body["cidr"]?.stringValue, let prefix = Self.prefix(of: cidr) else {
                throw APIError.badRequest("Bad subnets request: a cidr must be specified in the absence of a subnet pool.")
            }
            let subnet = SubnetRecord(
                id: world.random.uuid(), name: body["name"]?.stringValue ?? "", networkID: networkID,
                projectID: request.projectID, prefix: prefix, cidr: cidr, gatewayIP: prefix + ".0.1",
                dnsNameservers: body["dns_nameservers"]?.arrayValue?.compactMap(\.stringValue) ?? [], createdAt: request.now)
            world.network.subnets.insert(subnet)
            network.subnetIDs.append(subnet.id)
            world.network.networks.insert(network)
            return .json(["subnet": world.subnetJSON(subnet)], status: 201)
        }
        mount.route(router, .delete, base + "/subnets/:id") { request, world throws(APIError) in
            let id = request.parameter("id")
            guard let subnet = world.network.subnets[id], subnet.projectID == request.projectID else {
                throw APIError.notFound("Subnet \(id) could not be found.", neutronType: "SubnetNotFound")
            }
            if world.network.ports.all.contains(where: { $0.subnetID == id }) {
                throw APIError.conflict(
                    "Unable to complete operation on subnet \(id): One or more ports have an IP allocation from this subnet.",
                    neutronType: "SubnetInUse")
            }
            world.network.subnets[id] = nil
            world.network.networks[subnet.networkID]?.subnetIDs.removeAll { $0 == id }
            return .empty(204)
        }
        RouterProvisioning(mount: mount).register(on: router)
        PortProvisioning(mount: mount).register(on: router)
    }

    /// The object under `key`, or Neutron's 400.
    static func body(_ request: APIRequest, _ key: String) throws(APIError) -> JSON {
        guard let body = request.body?[key], body.isObject else { throw APIError.badRequest("Resource body required") }
        return body
    }

    /// `a.b` of an IPv4 CIDR `a.b.c.d/n`: the simulator hands out addresses as if it were a /16.
    static func prefix(of cidr: String) -> String? {
        let parts = cidr.split(separator: "/").first?.split(separator: ".") ?? []
        guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else { return nil }
        return "\(parts[0]).\(parts[1])"
    }
}

extension World {
    /// Removes a network with its subnets (its ports must be gone already).
    mutating func deleteNetwork(_ id: String) {
        for subnetID in network.networks[id]?.subnetIDs ?? [] { network.subnets[subnetID] = nil }
        network.networks[id] = nil
    }
}
