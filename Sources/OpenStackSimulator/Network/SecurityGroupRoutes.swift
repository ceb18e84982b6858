import Hummingbird

/// `/network/v2.0/security-groups` and `/security-group-rules` (Networking API ref).
struct SecurityGroupRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let groups = "/network/v2.0/security-groups"
        mount.route(router, .get, groups) { request, world throws(APIError) in
            let own = world.network.securityGroups.all.filter { $0.projectID == request.projectID }
            return try NeutronCollection.list(request, collection: "security_groups", items: own.map(world.securityGroupJSON))
        }
        mount.route(router, .get, groups + "/:id") { request, world throws(APIError) in
            .json(["security_group": world.securityGroupJSON(try Self.group(request.parameter("id"), request: request, world: world))])
        }
        // "Create security group": 201, with Neutron's two default egress rules.
        mount.route(router, .post, groups) { request, world throws(APIError) in
            guard let body = request.body?["security_group"], body.isObject, let name = body["name"]?.stringValue else {
                throw APIError.badRequest("Failed to parse request. Required attribute 'name' not specified")
            }
            let group = SecurityGroupRecord(
                id: world.random.uuid(), name: name, description: body["description"]?.stringValue ?? "",
                projectID: request.projectID, createdAt: request.now)
            world.network.securityGroups.insert(group)
            for ethertype in ["IPv4", "IPv6"] {
                world.addRule(groupID: group.id, projectID: request.projectID, direction: "egress", ethertype: ethertype, now: request.now)
            }
            return .json(["security_group": world.securityGroupJSON(group)], status: 201)
        }
        // "Delete security group": 204; 409 for `default` or a group still used by a port.
        mount.route(router, .delete, groups + "/:id") { request, world throws(APIError) in
            let group = try Self.group(request.parameter("id"), request: request, world: world)
            guard group.name != "default" else {
                throw APIError.conflict("Insufficient rights for removing default security group.", neutronType: "SecurityGroupCannotRemoveDefault")
            }
            if world.network.ports.all.contains(where: { $0.securityGroupIDs.contains(group.id) }) {
                throw APIError.conflict("Security Group \(group.id) in use.", neutronType: "SecurityGroupInUse")
            }
            for rule in world.network.rules.all where rule.groupID == group.id { world.network.rules[rule.id] = nil }
            world.network.securityGroups[group.id] = nil
            return .empty(204)
        }
        let rules = "/network/v2.0/security-group-rules"
        mount.route(router, .get, rules) { request, world throws(APIError) in
            let own = world.network.rules.all.filter { $0.projectID == request.projectID }
            return try NeutronCollection.list(request, collection: "security_group_rules", items: own.map(world.securityGroupRuleJSON))
        }
        mount.route(router, .get, rules + "/:id") { request, world throws(APIError) in
            .json(["security_group_rule": world.securityGroupRuleJSON(try Self.rule(request, world: world))])
        }
        mount.route(router, .post, rules) { request, world throws(APIError) in
            let rule = try Self.createRule(request, world: &world)
            return .json(["security_group_rule": world.securityGroupRuleJSON(rule)], status: 201)
        }
        mount.route(router, .delete, rules + "/:id") { request, world throws(APIError) in
            let rule = try Self.rule(request, world: world)
            world.network.rules[rule.id] = nil
            return .empty(204)
        }
    }

    private static func group(_ id: String, request: APIRequest, world: World) throws(APIError) -> SecurityGroupRecord {
        guard let group = world.network.securityGroups[id], group.projectID == request.projectID else {
            throw APIError.notFound("Security group \(id) does not exist", neutronType: "SecurityGroupNotFound")
        }
        return group
    }

    private static func rule(_ request: APIRequest, world: World) throws(APIError) -> SecurityGroupRuleRecord {
        let id = request.parameter("id")
        guard let rule = world.network.rules[id], rule.projectID == request.projectID else {
            throw APIError.notFound("Security group rule \(id) does not exist", neutronType: "SecurityGroupRuleNotFound")
        }
        return rule
    }

    /// "Create security group rule": 201; 409 for a duplicate, as Neutron answers.
    private static func createRule(_ request: APIRequest, world: inout World) throws(APIError) -> SecurityGroupRuleRecord {
        guard let body = request.body?["security_group_rule"], body.isObject,
            let groupID = body["security_group_id"]?.stringValue, let direction = body["direction"]?.stringValue
        else {
            throw APIError.badRequest("Failed to parse request. Required attribute 'security_group_id' or 'direction' not specified")
        }
        guard ["ingress", "egress"].contains(direction) else {
            // neutron-lib's `type:values` validator, raised as webob's HTTPBadRequest.
            throw APIError.badRequest(
                "Invalid input for direction. Reason: \(direction) is not in valid_values.", neutronType: "HTTPBadRequest")
        }
        _ = try group(groupID, request: request, world: world)
        let ethertype = body["ethertype"]?.stringValue ?? "IPv4"
        let ipProtocol = body["protocol"]?.stringValue
        let portMin = body["port_range_min"]?.intValue
        let portMax = body["port_range_max"]?.intValue ?? portMin
        if let portMin, let portMax, portMin > portMax {
            throw APIError.badRequest(
                "For TCP/UDP protocols, port_range_min must be <= port_range_max", neutronType: "SecurityGroupInvalidPortRange")
        }
        let prefix = body["remote_ip_prefix"]?.stringValue
        let remoteGroup = body["remote_group_id"]?.stringValue
        if let duplicate = world.network.rules.all.first(where: {
            $0.groupID == groupID && $0.direction == direction && $0.ethertype == ethertype && $0.ipProtocol == ipProtocol
                && $0.portMin == portMin && $0.portMax == portMax && $0.remoteIPPrefix == prefix && $0.remoteGroupID == remoteGroup
        }) {
            throw APIError.conflict("Security group rule already exists. Rule id is \(duplicate.id).", neutronType: "SecurityGroupRuleExists")
        }
        var rule = world.addRule(
            groupID: groupID, projectID: request.projectID, direction: direction, ethertype: ethertype, ipProtocol: ipProtocol,
            ports: portMin.flatMap { low in portMax.map { low...$0 } }, remoteIPPrefix: prefix, remoteGroupID: remoteGroup,
            now: request.now)
        if let description = body["description"]?.stringValue {
            rule.description = description
            world.network.rules.insert(rule)
        }
        return rule
    }
}
