public import Foundation

extension ImageClient {
    /// Creates an image record in `queued` status (`POST /v2/images`, 201); upload its data with
    /// ``uploadImageData(id:data:)``.
    public func createImage(_ request: ImageCreateRequest) async throws -> Image {
        try await caller.json(Image.self, .post, ["images"], body: request)
    }

    /// Uploads an image's bytes (`PUT /v2/images/{image_id}/file` as
    /// `application/octet-stream`, 204; Image API v2, "Upload binary image data"). The image goes
    /// `saving`, then `active`. Glance takes the data in one request.
    public func uploadImageData(id: String, data: Data) async throws {
        _ = try await caller.sendBytes(.put, ["images", id, "file"], data: data, contentType: "application/octet-stream")
    }
}
