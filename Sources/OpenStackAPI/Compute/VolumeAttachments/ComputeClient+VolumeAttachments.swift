import OutboundHTTP
extension ComputeClient {
    private enum AttachmentPaths {
        static func attachments(_ serverID: String) -> [String] { ["servers", serverID, "os-volume_attachments"] }
        static func attachment(_ serverID: String, _ volumeID: String) -> [String] {
            attachments(serverID) + [volumeID]
        }
    }

    /// The volumes attached to a server (`GET /servers/{server_id}/os-volume_attachments`).
    public func listVolumeAttachments(serverID: String) async throws -> [VolumeAttachment] {
        try await caller.unwrapped(
            [VolumeAttachment].self, key: "volumeAttachments", .get, AttachmentPaths.attachments(serverID))
    }

    /// Attaches a volume to a server (`POST /servers/{server_id}/os-volume_attachments`).
    public func attachVolume(serverID: String, _ request: VolumeAttachRequest) async throws -> VolumeAttachment {
        if request.tag != nil { try require(2, 49, for: "A volume attachment tag") }
        if request.deleteOnTermination != nil {
            try require(2, 79, for: "Delete-on-termination for an attached volume")
        }
        return try await caller.unwrapped(
            VolumeAttachment.self, key: "volumeAttachment", .post, AttachmentPaths.attachments(serverID),
            body: RequestEnvelope("volumeAttachment", request))
    }

    /// Detaches a volume (`DELETE /servers/{server_id}/os-volume_attachments/{volume_id}`, 202).
    public func detachVolume(serverID: String, volumeID: String) async throws {
        _ = try await caller.send(.delete, AttachmentPaths.attachment(serverID, volumeID))
    }
}
