extension BlockStorageClient {
    /// The project's attachments (`GET /attachments`, since 3.27). The summary form is used on
    /// purpose: the detailed one carries connection info that can include back-end credentials.
    public func listAttachments() async throws -> [BlockStorageAttachment] {
        try require(3, 27, for: "Listing volume attachments")
        return try await caller.paged(BlockStorageAttachment.self, key: "attachments", path: ["attachments"], query: [])
            .all()
    }
}
