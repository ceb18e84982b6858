import Hummingbird

/// `/compute/v2.1/servers/{id}/os-volume_attachments` (Compute API ref, "Servers with volume
/// attachments").
struct VolumeAttachmentRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let base = "/compute/v2.1/servers/:server_id/os-volume_attachments"
        mount.route(router, .get, base) { request, world throws(APIError) in
            let server = try world.server(request.parameter("server_id"), for: request)
            let attachments = server.attachedVolumes.compactMap { id in
                world.volumes.volumes[id].map { Self.json($0, server: server, request: request, detailed: true) }
            }
            return .json(["volumeAttachments": .array(attachments)])
        }
        mount.route(router, .get, base + "/:volume_id") { request, world throws(APIError) in
            let server = try world.server(request.parameter("server_id"), for: request)
            let volume = try Self.attached(request, server: server, world: world)
            return .json(["volumeAttachment": Self.json(volume, server: server, request: request, detailed: true)])
        }
        // Compute API ref, "Attach a volume to an instance": 200; the volume goes attaching → in-use.
        mount.route(router, .post, base) { request, world throws(APIError) in
            let server = try world.server(request.parameter("server_id"), for: request)
            try ServerActionRule.attachVolume.check(server, phase: server.phase(at: request.now))
            guard let body = request.body?["volumeAttachment"], let volumeID = body["volumeId"]?.stringValue else {
                throw World.invalid("volumeAttachment", "'volumeId' is a required property")
            }
            guard world.volumes.volumes[volumeID]?.projectID == request.projectID else {
                throw APIError.notFound("Volume \(volumeID) could not be found.")
            }
            _ = try world.attachVolume(volumeID, to: server.id, device: body["device"]?.stringValue, now: request.now)
            guard let volume = world.volumes.volumes[volumeID], let updated = world.compute.servers[server.id] else {
                throw APIError.notFound("Volume \(volumeID) could not be found.")
            }
            return .json(["volumeAttachment": Self.json(volume, server: updated, request: request, detailed: false)])
        }
        // Compute API ref, "Detach a volume from an instance": 202; detaching → available.
        mount.route(router, .delete, base + "/:volume_id") { request, world throws(APIError) in
            let server = try world.server(request.parameter("server_id"), for: request)
            try ServerActionRule.detachVolume.check(server, phase: server.phase(at: request.now))
            let volume = try Self.attached(request, server: server, world: world)
            world.detachVolume(volume.id, from: server.id, now: request.now)
            return .empty(202)
        }
    }

    private static func attached(_ request: APIRequest, server: ServerRecord, world: World) throws(APIError) -> VolumeRecord {
        let volumeID = request.parameter("volume_id")
        guard server.attachedVolumes.contains(volumeID), let volume = world.volumes.volumes[volumeID] else {
            throw APIError.notFound("volume_id not found: \(volumeID)")
        }
        return volume
    }

    /// `device`, `id`, `serverId`, `volumeId`, `tag` (2.70), `delete_on_termination` (2.79),
    /// `attachment_id` and `bdm_uuid` (2.89, when showing). From 2.89 `id` leaves the list and
    /// show answers but stays in the attach answer, as Nova (Zed) sends it at 2.90.
    static func json(_ volume: VolumeRecord, server: ServerRecord, request: APIRequest, detailed: Bool) -> JSON {
        let version = request.microversion
        let attachment = volume.attachments.first { $0.serverID == server.id }
        var body: JSON = ["device": .optional(attachment?.device)]
        if !version.atLeast(2, 89) || !detailed { body.append("id", .string(volume.id)) }
        body.append("serverId", .string(server.id))
        body.append("volumeId", .string(volume.id))
        if version.atLeast(2, 70) { body.append("tag", nil) }
        if version.atLeast(2, 79) { body.append("delete_on_termination", false) }
        if version.atLeast(2, 89), detailed {
            body.append("attachment_id", .optional(attachment?.id))
            body.append("bdm_uuid", .optional(attachment?.bdmID))
        }
        return body
    }
}
