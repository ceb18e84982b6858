/// `POST /servers` (Compute API ref, "Create Server").
extension World {
    /// The servers made by one request (several with `min_count`/`max_count`) and the admin password.
    mutating func createServers(_ request: APIRequest) throws(APIError) -> [(server: ServerRecord, adminPass: String)] {
        guard let body = request.body?["server"], body.isObject else {
            throw Self.invalid("server", "'server' is a required property")
        }
        guard let name = body["name"]?.stringValue, (1...255).contains(name.count) else {
            throw Self.invalid("server", "'name' is a required property")
        }
        guard let flavorRef = body["flavorRef"].flatMap({ $0.stringValue ?? $0.intValue.map(String.init) }) else {
            throw Self.invalid("server", "'flavorRef' is a required property")
        }
        guard let flavor = compute.flavor(id: flavorRef) ?? compute.flavors.first(where: { flavorRef.hasSuffix("/flavors/" + $0.id) }) else {
            throw APIError.badRequest("Flavor \(flavorRef) could not be found.")
        }
        let bootVolume = try bootVolumeRequest(body, request: request)
        var imageID: String?
        if bootVolume == nil {
            imageID = try bootImage(body, request: request)
        }
        let networkIDs = try requestedNetworks(body, request: request)
        let keyName = body["key_name"]?.stringValue
        if let keyName, compute.keypair(user: request.userID, name: keyName) == nil {
            throw APIError.badRequest("Invalid key_name provided.")
        }
        let groups = body["security_groups"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? ["default"]
        for group in groups where network.securityGroup(named: group, project: request.projectID) == nil {
            throw APIError.badRequest("Security group \(group) not found for project \(request.projectID).")
        }
        if let zone = body["availability_zone"]?.stringValue, zone != "nova" {
            throw APIError.badRequest("The requested availability zone is not available")
        }
        let count = max(body["max_count"]?.intValue ?? body["min_count"]?.intValue ?? 1, 1)
        let portIDs = try requestedPorts(body, count: count, request: request)
        let userData = try decodedUserData(body)
        try checkQuota(project: request.projectID, flavor: flavor, count: count)
        var created: [(server: ServerRecord, adminPass: String)] = []
        for index in 1...count {
            let serverName = count > 1 ? "\(name)-\(index)" : name
            var server = newServer(name: serverName, flavor: flavor, imageID: imageID, request: request)
            server.keyName = keyName
            server.securityGroups = groups
            server.metadata = body["metadata"]?.stringDictionary ?? [:]
            if request.microversion.atLeast(2, 19) { server.description = body["description"]?.stringValue }
            if request.microversion.atLeast(2, 52) {
                server.tags = body["tags"]?.arrayValue?.compactMap(\.stringValue) ?? []
            }
            server.userData = userData
            failIfInjected(&server, now: request.now)
            compute.servers.insert(server)
            bindPorts(portIDs, to: server.id)
            for networkID in networkIDs {
                _ = createServerPort(
                    serverID: server.id, projectID: request.projectID, networkID: networkID,
                    securityGroupNames: groups, now: request.now)
            }
            if let bootVolume {
                try attachBootVolume(bootVolume, to: server.id, request: request)
            }
            created.append((compute.servers[server.id] ?? server, random.hex(12)))
        }
        return created
    }

    /// Nova's schema error wording.
    static func invalid(_ field: String, _ reason: String) -> APIError {
        .badRequest("Invalid input for field/attribute \(field). \(reason)")
    }

    private mutating func newServer(name: String, flavor: FlavorRecord, imageID: String?, request: APIRequest) -> ServerRecord {
        let bootTime = settings.bootTime
        let plan = ServerLifecycle.build(flavorID: flavor.id, bootTime: bootTime)
        var phases = Timeline(plan.immediate, at: request.now)
        phases.schedule(at: request.now, plan.immediate, then: plan.later)
        let guestStart = request.now + ServerLifecycle.guestStartFraction * bootTime
        return ServerRecord(
            id: random.uuid(), name: name, projectID: request.projectID, userID: request.userID, imageID: imageID,
            createdAt: request.now, updatedAt: request.now, launchedAt: request.now + bootTime,
            hostName: "compute-\(random.below(12) + 1)", phases: phases,
            bootStartedAt: guestStart, bootDuration: (1 - ServerLifecycle.guestStartFraction) * bootTime)
    }

    private func bootImage(_ body: JSON, request: APIRequest) throws(APIError) -> String {
        guard let imageRef = body["imageRef"]?.stringValue, !imageRef.isEmpty else {
            throw Self.invalid("server", "'imageRef' is a required property")
        }
        let id = imageRef.split(separator: "/").last.map(String.init) ?? imageRef
        guard let image = images.images[id], images.isVisible(image, to: request.projectID) else {
            throw APIError.badRequest("Can not find requested image")
        }
        guard image.status.state(at: request.now) == "active" else {
            throw APIError.badRequest("Image \(id) is not active.")
        }
        return id
    }

    /// Network ids for the new ports. From 2.37 `networks` is required ("auto", "none" or a list).
    private func requestedNetworks(_ body: JSON, request: APIRequest) throws(APIError) -> [String] {
        let projectNetwork = network.projectNetworkIDs[request.projectID].map { [$0] } ?? []
        guard let networks = body["networks"] else {
            if request.microversion.atLeast(2, 37) { throw Self.invalid("server", "'networks' is a required property") }
            return projectNetwork
        }
        if networks.stringValue == "auto" { return projectNetwork }
        if networks.stringValue == "none" { return [] }
        guard let list = networks.arrayValue else {
            throw Self.invalid("networks", "\(networks.text) is not valid under any of the given schemas")
        }
        var ids: [String] = []
        for entry in list {
            guard let id = entry["uuid"]?.stringValue else { continue }
            guard let found = network.networks[id], found.projectID == request.projectID || found.isShared else {
                throw APIError.badRequest("Network \(id) could not be found.")
            }
            ids.append(id)
        }
        return ids
    }
}
