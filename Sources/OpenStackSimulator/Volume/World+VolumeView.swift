/// Volume JSON, shaped by microversion (Block Storage API ref, "Show a volume's details").
extension World {
    func volumeSummaryJSON(_ volume: VolumeRecord, request: APIRequest) -> JSON {
        ["id": .string(volume.id), "links": Self.volumeLinks(volume, request: request), "name": .optional(volume.name)]
    }

    static func volumeLinks(_ volume: VolumeRecord, request: APIRequest) -> JSON {
        [
            ["href": .string("\(request.baseURL)/volume/v3/\(volume.projectID)/volumes/\(volume.id)"), "rel": "self"],
            ["href": .string("\(request.baseURL)/volume/\(volume.projectID)/volumes/\(volume.id)"), "rel": "bookmark"],
        ]
    }

    func volumeJSON(_ volume: VolumeRecord, request: APIRequest) -> JSON {
        let version = request.microversion
        let status = volume.status.state(at: request.now)
        let attachments: [JSON] =
            status == "in-use" || status == "detaching"
            ? volume.attachments.map { attachment in
                [
                    "server_id": .string(attachment.serverID), "attachment_id": .string(attachment.id),
                    "attached_at": .string(attachment.attachedAt.microseconds), "host_name": nil,
                    "volume_id": .string(volume.id), "device": .string(attachment.device), "id": .string(volume.id),
                ]
            } : []
        var members: [(String, JSON)] = [
            ("attachments", .array(attachments)), ("availability_zone", "nova"),
            // Cinder reports `bootable` as the strings "true" and "false".
            ("bootable", .string(volume.bootable ? "true" : "false")), ("consistencygroup_id", nil),
            ("created_at", .string(volume.createdAt.microseconds)), ("description", .optional(volume.description)),
            ("encrypted", false), ("id", .string(volume.id)), ("links", Self.volumeLinks(volume, request: request)),
            ("metadata", .stringMap(volume.metadata)), ("migration_status", nil), ("multiattach", false),
            ("name", .optional(volume.name)), ("os-vol-tenant-attr:tenant_id", .string(volume.projectID)),
            ("replication_status", nil), ("size", .int(volume.size)), ("snapshot_id", nil), ("source_volid", nil),
            ("status", .string(status)),
            ("updated_at", .string(max(volume.updatedAt, volume.status.since(at: request.now)).microseconds)),
            ("user_id", .string(volume.userID)), ("volume_type", .string(volume.volumeType)),
        ]
        if let imageID = volume.imageID, let image = images.images[imageID] {
            members.append(("volume_image_metadata", ["image_id": .string(imageID), "image_name": .optional(image.name)]))
        }
        if version.atLeast(3, 13) { members.append(("group_id", nil)) }
        if version.atLeast(3, 21) { members.append(("provider_id", nil)) }
        if version.atLeast(3, 48) {
            members.append(("service_uuid", "5a5d7f46-6a0d-4a6b-9a6c-6a3c2a0e8a11"))
            members.append(("shared_targets", false))
        }
        if version.atLeast(3, 63) { members.append(("volume_type_id", .string(Self.volumeTypeID))) }
        if version.atLeast(3, 65) { members.append(("consumes_quota", true)) }
        return .object(members)
    }

    /// The single volume type, `lvmdriver-1`, as devstack creates it.
    static let volumeTypeID = "b3c9a1f2-2d5e-4c8a-9f7b-1e6d0c4a5b3e"
}
