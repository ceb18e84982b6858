import OutboundHTTP
extension ImageClient {
    private enum ImagePaths {
        static let images = ["images"]
        static func image(_ id: String) -> [String] { ["images", id] }
    }

    /// The images, page by page, following Glance's `next` links (`GET /v2/images`).
    public func images(_ query: ImageListQuery = ImageListQuery()) -> PagedSequence<Image> {
        caller.paged(Image.self, key: "images", path: ImagePaths.images, query: query.items)
    }

    /// Every image matching `query` (`GET /v2/images`, all pages).
    public func listImages(_ query: ImageListQuery = ImageListQuery()) async throws -> [Image] {
        try await images(query).all()
    }

    /// One image (`GET /v2/images/{image_id}`); the body is the image itself, unwrapped.
    public func showImage(id: String) async throws -> Image {
        try await caller.json(Image.self, .get, ImagePaths.image(id))
    }

    /// Deletes an image (`DELETE /v2/images/{image_id}`, 204).
    public func deleteImage(id: String) async throws {
        _ = try await caller.send(.delete, ImagePaths.image(id))
    }
}
