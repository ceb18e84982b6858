import OutboundHTTP
extension BlockStorageClient {
    private enum VolumePaths {
        static let volumes = ["volumes"]
        static let detail = ["volumes", "detail"]
        static func volume(_ id: String) -> [String] { ["volumes", id] }
    }

    /// The volumes, page by page (`GET /volumes/detail`).
    public func volumes(_ query: VolumeListQuery = VolumeListQuery()) -> PagedSequence<Volume> {
        caller.paged(Volume.self, key: "volumes", path: VolumePaths.detail, query: query.items)
    }

    /// Every volume matching `query` (`GET /volumes/detail`, all pages).
    public func listVolumes(_ query: VolumeListQuery = VolumeListQuery()) async throws -> [Volume] {
        try await volumes(query).all()
    }

    /// One volume (`GET /volumes/{volume_id}`).
    public func showVolume(id: String) async throws -> Volume {
        try await caller.unwrapped(Volume.self, key: "volume", .get, VolumePaths.volume(id))
    }

    /// Creates a volume (`POST /volumes`, 202); poll ``showVolume(id:)`` until `available`.
    public func createVolume(_ request: VolumeCreateRequest) async throws -> Volume {
        try await caller.unwrapped(
            Volume.self, key: "volume", .post, VolumePaths.volumes, body: RequestEnvelope("volume", request))
    }

    /// Deletes a volume (`DELETE /volumes/{volume_id}`, 202).
    public func deleteVolume(id: String) async throws {
        _ = try await caller.send(.delete, VolumePaths.volume(id))
    }
}
