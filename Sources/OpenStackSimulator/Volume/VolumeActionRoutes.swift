import Hummingbird

/// `POST /volume/v3/{project_id}/volumes/{volume_id}/action` (Block Storage API ref, "Volume
/// actions (volumes, action)"): `os-extend`.
struct VolumeActionRoutes {
    let mount: ServiceMount

    /// Simulated seconds a volume spends `extending`.
    static let extendTime = 2.0

    func register(on router: Router<BasicRequestContext>) {
        mount.route(router, .post, "/volume/v3/:project_id/volumes/:volume_id/action") { request, world throws(APIError) in
            var volume = try world.volume(request.parameter("volume_id"), for: request)
            guard let body = request.body, body.keys.count == 1, let action = body.keys.first, let payload = body[action] else {
                throw APIError.badRequest("Malformed request body")
            }
            guard action == "os-extend" else { throw APIError.badRequest("There is no such action: \(action)") }
            try Self.extend(&volume, payload: payload, request: request, world: world)
            world.volumes.volumes.insert(volume)
            return .empty(202)
        }
    }

    /// Block Storage API ref, "Extend a volume size": 202; `new_size` must exceed the size; the
    /// volume must be `available`, or `in-use` from microversion 3.42 (cinder/volume/api.py
    /// `extend` and `extend_attached_volume`); it goes `extending` and back.
    private static func extend(_ volume: inout VolumeRecord, payload: JSON, request: APIRequest, world: World) throws(APIError) {
        guard let newSize = payload["new_size"].flatMap({ $0.intValue ?? $0.stringValue.flatMap { Int($0) } }) else {
            throw APIError.badRequest("Invalid input for field/attribute new_size. Value: None. None is not of type 'integer', 'string'")
        }
        let status = volume.status.state(at: request.now)
        let allowed = request.microversion.atLeast(3, 42) ? ["available", "in-use"] : ["available"]
        guard allowed.contains(status) else {
            throw APIError.badRequest(
                "Invalid volume: Volume \(volume.id) status must be \(allowed.joined(separator: " or ")) to extend, but current status is: \(status).")
        }
        guard newSize > volume.size else {
            throw APIError.badRequest(
                "Invalid input received: New size for extend must be greater than current size. (current: \(volume.size), extended: \(newSize)).")
        }
        let quota = world.volumes.quotas[request.projectID] ?? (volumes: 10, gigabytes: 1000)
        let used = world.volumes.volumes.all.filter { $0.projectID == request.projectID && !world.isGone($0, at: request.now) }
            .reduce(0) { $0 + $1.size }
        guard used - volume.size + newSize <= quota.gigabytes else {
            throw APIError(
                413,
                "VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested \(newSize - volume.size)G, quota is \(quota.gigabytes)G and \(used)G has been consumed.")
        }
        volume.size = newSize
        volume.status.schedule(at: request.now, "extending", then: [(extendTime, status)])
        volume.updatedAt = request.now
    }
}
