import OutboundHTTP
extension BlockStorageClient {
    private struct ExtendBody: Encodable, Sendable {
        let newSize: Int
        enum CodingKeys: String, CodingKey { case newSize = "new_size" }
    }

    /// Grows a volume to `newSize` GiB (`POST /volumes/{volume_id}/action` with `os-extend`, 202;
    /// Block Storage API v3, "Extend a volume size"). An attached (`in-use`) volume needs volume
    /// microversion 3.42; before it Cinder answers 400.
    public func extendVolume(id: String, newSize: Int) async throws {
        _ = try await caller.send(
            .post, ["volumes", id, "action"], body: RequestEnvelope("os-extend", ExtendBody(newSize: newSize)))
    }
}
