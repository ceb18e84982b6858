import Hummingbird

/// Cinder's attachments API, `/volume/v3/{project_id}/attachments` (Block Storage API ref,
/// "Attachments"), available from microversion 3.27.
struct VolumeAttachmentsAPIRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let base = "/volume/v3/:project_id/attachments"
        mount.route(router, .get, base) { request, world throws(APIError) in
            try Self.requireMicroversion(request)
            return .json(["attachments": .array(Self.attachments(request, world: world).map { Self.json($0.0, $0.1, detail: false) })])
        }
        mount.route(router, .get, base + "/detail") { request, world throws(APIError) in
            try Self.requireMicroversion(request)
            return .json(["attachments": .array(Self.attachments(request, world: world).map { Self.json($0.0, $0.1, detail: true) })])
        }
        mount.route(router, .get, base + "/:attachment_id") { request, world throws(APIError) in
            try Self.requireMicroversion(request)
            let id = request.parameter("attachment_id")
            guard let found = Self.attachments(request, world: world).first(where: { $0.1.id == id }) else {
                throw APIError.notFound("VolumeAttachment \(id) could not be found.")
            }
            return .json(["attachment": Self.json(found.0, found.1, detail: true)])
        }
    }

    /// Below 3.27 the resource does not exist (Cinder's VersionNotFoundForAPIMethod is a 404).
    private static func requireMicroversion(_ request: APIRequest) throws(APIError) {
        guard request.microversion.atLeast(3, 27) else { throw APIError.notFound("The resource could not be found.") }
    }

    private static func attachments(_ request: APIRequest, world: World) -> [(VolumeRecord, VolumeAttachmentRecord)] {
        world.volumes.volumes.all.filter { $0.projectID == request.projectID && !world.isGone($0, at: request.now) }
            .flatMap { volume in volume.attachments.map { (volume, $0) } }
    }

    private static func json(_ volume: VolumeRecord, _ attachment: VolumeAttachmentRecord, detail: Bool) -> JSON {
        var body: JSON = [
            "id": .string(attachment.id), "status": "attached", "instance": .string(attachment.serverID),
            "volume_id": .string(volume.id),
        ]
        if detail {
            body.append("attached_at", .string(attachment.attachedAt.microseconds))
            body.append("detached_at", "")
            body.append("attach_mode", "rw")
            body.append("connection_info", ["driver_volume_type": "iscsi", "attachment_id": .string(attachment.id)])
        }
        return body
    }
}
