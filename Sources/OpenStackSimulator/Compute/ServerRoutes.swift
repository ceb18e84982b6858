import Hummingbird

/// `/compute/v2.1/servers`: list, show, create, update, delete.
struct ServerRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let base = "/compute/v2.1/servers"
        mount.route(router, .get, base) { request, world throws(APIError) in
            try Self.list(request, world: world, detail: false)
        }
        mount.route(router, .get, base + "/detail") { request, world throws(APIError) in
            try Self.list(request, world: world, detail: true)
        }
        // Compute API ref, "Show Server Details".
        mount.route(router, .get, base + "/:server_id") { request, world throws(APIError) in
            let server = try world.server(request.parameter("server_id"), for: request)
            let snapshot = world.snapshot(server, at: request.now)
            return .deferred { ["server": ServerView.json(ServerViewInputs(snapshot, request: request, includeServerGroups: true))] }
        }
        // Compute API ref, "Create Server": 202 with id, links, adminPass and a Location header.
        mount.route(router, .post, base) { request, world throws(APIError) in
            let created = try world.createServers(request)
            guard let first = created.first else { throw APIError.badRequest("No server was created.") }
            if request.body?["server"]?["return_reservation_id"]?.boolValue == true {
                return .json(["reservation_id": .string("r-" + world.random.hex(8))], status: 202)
            }
            let body: JSON = [
                "server": [
                    "id": .string(first.server.id), "links": ComputeLinks.links(request.baseURL, "servers", first.server.id),
                    "OS-DCF:diskConfig": "MANUAL",
                    "security_groups": .array(first.server.securityGroups.map { ["name": .string($0)] }),
                    "adminPass": .string(first.adminPass),
                ]
            ]
            let location = "\(request.baseURL)/compute/v2.1/servers/\(first.server.id)"
            return .json(body, status: 202, headers: [("Location", location)])
        }
        // Compute API ref, "Update Server": name, and description from 2.19; answers the server.
        mount.route(router, .put, base + "/:server_id") { request, world throws(APIError) in
            var server = try world.server(request.parameter("server_id"), for: request)
            guard let update = request.body?["server"], update.isObject else {
                throw APIError.badRequest("Invalid input for field/attribute server. 'server' is a required property")
            }
            if let name = update["name"] {
                guard let text = name.stringValue, (1...255).contains(text.count) else {
                    throw APIError.badRequest("Invalid input for field/attribute name. Value: \(name.text). \(name.text) is not of type 'string'")
                }
                server.name = text
            }
            if request.microversion.atLeast(2, 19), let description = update["description"] {
                server.description = description.stringValue
            }
            server.updatedAt = request.now
            world.compute.servers.insert(server)
            return .json(["server": world.serverJSON(server, request: request, includeServerGroups: true)])
        }
        // Compute API ref, "Delete Server": 204; 409 when locked.
        mount.route(router, .delete, base + "/:server_id") { request, world throws(APIError) in
            let server = try world.server(request.parameter("server_id"), for: request)
            try world.checkNotLocked(server)
            world.deleteServer(server.id, now: request.now)
            return .empty(204)
        }
    }

    private static func list(_ request: APIRequest, world: World, detail: Bool) throws(APIError) -> APIResponse {
        let query = try ServerQuery(request)
        var page: [ServerRecord] = []
        if !query.matchesNothing {
            // Newest first: Nova sorts by created_at descending, then id.
            var passedMarker = query.marker == nil
            var markerFound = query.marker == nil
            for id in world.compute.servers.ids(ownedBy: request.projectID).reversed() {
                guard let server = world.compute.servers[id] else { continue }
                if !passedMarker {
                    if id == query.marker, server.projectID == request.projectID {
                        passedMarker = true
                        markerFound = true
                    }
                    continue
                }
                guard query.matches(server, projectID: request.projectID, now: request.now) else { continue }
                page.append(server)
                if page.count == query.limit { break }
            }
            if !markerFound { throw APIError.badRequest("marker [\(query.marker ?? "")] not found") }
        }
        let collection = detail ? "servers/detail" : "servers"
        // nova/api/openstack/common.py `_get_collection_links`: a `next` link whenever the page is full.
        let next = page.last.flatMap { last in
            page.count == query.limit
                ? "\(request.baseURL)/compute/v2.1/\(collection)?" + request.queryString(replacingMarkerWith: last.id) : nil
        }
        let snapshots = detail ? page.map { world.snapshot($0, at: request.now) } : []
        let servers = detail ? [] : page
        let cache = world.compute.serverJSONCache
        return .deferred {
            var body: JSON = [
                "servers": .array(
                    detail
                        ? cache.json(snapshots.map { ServerViewInputs($0, request: request) })
                        : servers.map { ServerView.summaryJSON($0, baseURL: request.baseURL) })
            ]
            if let next { body.append("servers_links", [["href": .string(next), "rel": "next"]]) }
            return body
        }
    }
}

extension World {
    /// The caller's server, or Nova's 404 (servers of other projects are invisible, not forbidden).
    func server(_ id: String, for request: APIRequest) throws(APIError) -> ServerRecord {
        guard let server = compute.servers[id], server.projectID == request.projectID, !server.isGone(at: request.now) else {
            throw APIError.notFound("Instance \(id) could not be found.")
        }
        return server
    }

    /// nova/compute/api.py `check_instance_lock`: 409 "Instance X is locked".
    func checkNotLocked(_ server: ServerRecord) throws(APIError) {
        if server.locked { throw APIError.conflict("Instance \(server.id) is locked") }
    }

    /// Starts deletion: the server shows task_state `deleting`, then disappears; its ports go,
    /// floating IPs are released from them and volumes detach.
    mutating func deleteServer(_ id: String, now: Timestamp) {
        guard var server = compute.servers[id] else { return }
        let phase = server.phase(at: now)
        var gone = phase
        gone.vmState = "deleted"
        gone.taskState = nil
        gone.powerState = ServerPhase.noState
        server.phases.schedule(at: now, ServerLifecycle.during(phase, "deleting"), then: [(3, gone)])
        server.updatedAt = now
        for portID in network.portsByDevice[id] ?? [] {
            // Nova deletes the ports it created and only unbinds those the user made first.
            if network.ports[portID]?.preserveOnDelete == true {
                network.ports[portID]?.deviceID = ""
                network.ports[portID]?.deviceOwner = ""
            } else {
                network.removePort(portID)
            }
        }
        network.portsByDevice[id] = nil
        for volumeID in server.attachedVolumes {
            detachVolume(volumeID, from: id, now: now)
            // Compute API ref, "Create Server": `delete_on_termination` volumes go with the server.
            if launch.volumesDeletedWithServer.remove(volumeID) != nil { volumes.volumes[volumeID] = nil }
        }
        server.attachedVolumes = []
        compute.servers.insert(server)
    }
}
