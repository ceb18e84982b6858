public import Foundation
import OutboundHTTP

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

    /// Uploads a file's bytes as the image's data (`PUT /v2/images/{image_id}/file`), streamed
    /// from disk when the transport can (``FileUploadTransport``); `progress` gets the bytes sent.
    public func uploadImageData(
        id: String, file: URL, length: Int64, progress: @escaping @Sendable (Int64) -> Void = { _ in }
    ) async throws {
        _ = try await caller.sendFile(
            .put, ["images", id, "file"], file: file, length: length, contentType: "application/octet-stream",
            progress: progress)
    }
}
