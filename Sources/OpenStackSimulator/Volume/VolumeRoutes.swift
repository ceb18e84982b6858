import Hummingbird

/// Cinder v3 under `/volume/v3/{project_id}`: volumes, types and limits.
struct VolumeRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        // Block Storage API ref, "List All Api Versions": 300 Multiple Choices.
        mount.route(router, .get, "/volume", access: .anonymous) { request, _ throws(APIError) in
            .json(["versions": [Self.versionJSON(request.baseURL)]], status: 300)
        }
        mount.route(router, .get, "/volume/v3", access: .anonymous) { request, _ throws(APIError) in
            .json(["versions": [Self.versionJSON(request.baseURL)]])
        }
        let base = "/volume/v3/:project_id/volumes"
        mount.route(router, .get, base) { request, world throws(APIError) in
            try Self.list(request, world: world, detail: false)
        }
        mount.route(router, .get, base + "/detail") { request, world throws(APIError) in
            try Self.list(request, world: world, detail: true)
        }
        mount.route(router, .get, base + "/:volume_id") { request, world throws(APIError) in
            .json(["volume": world.volumeJSON(try world.volume(request.parameter("volume_id"), for: request), request: request)])
        }
        mount.route(router, .post, base) { request, world throws(APIError) in
            let volume = try world.createVolume(request)
            return .json(["volume": world.volumeJSON(volume, request: request)], status: 202)
        }
        mount.route(router, .put, base + "/:volume_id") { request, world throws(APIError) in
            var volume = try world.volume(request.parameter("volume_id"), for: request)
            guard let update = request.body?["volume"], update.isObject else {
                throw APIError.badRequest("Missing required element 'volume' in request body.")
            }
            if let name = update["name"] { volume.name = name.stringValue }
            if let description = update["description"] { volume.description = description.stringValue }
            if let metadata = update["metadata"]?.stringDictionary { volume.metadata = metadata }
            volume.updatedAt = request.now
            world.volumes.volumes.insert(volume)
            return .json(["volume": world.volumeJSON(volume, request: request)])
        }
        // Block Storage API ref, "Delete a volume": 202; 400 unless available or in error and detached.
        mount.route(router, .delete, base + "/:volume_id") { request, world throws(APIError) in
            var volume = try world.volume(request.parameter("volume_id"), for: request)
            let status = volume.status.state(at: request.now)
            guard ["available", "error", "error_restoring", "error_extending", "error_managing"].contains(status),
                volume.attachments.isEmpty
            else {
                throw APIError.badRequest(
                    "Invalid volume: Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.")
            }
            volume.status.schedule(at: request.now, "deleting", then: [(3, "deleted")])
            world.volumes.volumes.insert(volume)
            return .empty(202)
        }
        mount.route(router, .get, "/volume/v3/:project_id/types") { _, _ throws(APIError) in
            .json(["volume_types": [Self.volumeTypeJSON]])
        }
        mount.route(router, .get, "/volume/v3/:project_id/limits") { request, world throws(APIError) in
            let quota = world.volumes.quotas[request.projectID] ?? (volumes: 10, gigabytes: 1000)
            let own = world.volumes.volumes.all.filter { $0.projectID == request.projectID && !world.isGone($0, at: request.now) }
            let absolute: JSON = [
                "totalSnapshotsUsed": 0, "maxTotalBackups": 10, "maxTotalVolumeGigabytes": .int(quota.gigabytes),
                "maxTotalSnapshots": 10, "maxTotalBackupGigabytes": 1000, "totalBackupGigabytesUsed": 0,
                "maxTotalVolumes": .int(quota.volumes), "totalVolumesUsed": .int(own.count), "totalBackupsUsed": 0,
                "totalGigabytesUsed": .int(own.reduce(0) { $0 + $1.size }),
            ]
            return .json(["limits": ["rate": [], "absolute": absolute]])
        }
        VolumeAttachmentsAPIRoutes(mount: mount).register(on: router)
        VolumeActionRoutes(mount: mount).register(on: router)
    }

    static let volumeTypeJSON: JSON = [
        "id": .string(World.volumeTypeID), "name": "lvmdriver-1", "description": nil, "is_public": true,
        "os-volume-type-access:is_public": true, "qos_specs_id": nil, "extra_specs": ["volume_backend_name": "lvmdriver-1"],
    ]

    static func versionJSON(_ baseURL: String) -> JSON {
        let policy = MicroversionPolicy.volume
        return [
            "id": "v3.0", "status": "CURRENT", "version": .string(policy.maximum.description),
            "min_version": .string(policy.minimum.description), "updated": "2022-08-31T00:00:00Z",
            "links": [
                ["href": "https://docs.openstack.org/", "type": "text/html", "rel": "describedby"],
                ["href": .string(baseURL + "/volume/v3/"), "rel": "self"],
            ],
            "media-types": [["base": "application/json", "type": "application/vnd.openstack.volume+json;version=3"]],
        ]
    }

    /// Newest first with `limit`/`marker` and a `volumes_links` next link when the page is full.
    private static func list(_ request: APIRequest, world: World, detail: Bool) throws(APIError) -> APIResponse {
        let query = try PageRequest(request)
        var volumes = world.volumes.volumes.all.reversed().filter {
            $0.projectID == request.projectID && !world.isGone($0, at: request.now)
        }
        if let status = request.query("status") { volumes = volumes.filter { $0.status.state(at: request.now) == status } }
        if let name = request.query("name") { volumes = volumes.filter { $0.name == name } }
        if let marker = query.marker {
            guard let index = volumes.firstIndex(where: { $0.id == marker }) else {
                throw APIError.notFound("Marker \(marker) could not be found.")
            }
            volumes = Array(volumes[(index + 1)...])
        }
        let page = Array(volumes.prefix(query.limit))
        var body: JSON = [
            "volumes": .array(page.map { detail ? world.volumeJSON($0, request: request) : world.volumeSummaryJSON($0, request: request) })
        ]
        if let last = page.last, page.count == query.limit {
            let href = "\(request.baseURL)\(request.path)?" + request.queryString(replacingMarkerWith: last.id)
            body.append("volumes_links", [["href": .string(href), "rel": "next"]])
        }
        return .json(body)
    }
}

extension World {
    func isGone(_ volume: VolumeRecord, at now: Timestamp) -> Bool { volume.status.state(at: now) == "deleted" }

    func volume(_ id: String, for request: APIRequest) throws(APIError) -> VolumeRecord {
        guard let volume = volumes.volumes[id], volume.projectID == request.projectID, !isGone(volume, at: request.now) else {
            throw APIError.notFound("Volume \(id) could not be found.")
        }
        return volume
    }
}
