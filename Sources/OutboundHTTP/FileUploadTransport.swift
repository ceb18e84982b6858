public import Foundation

/// A transport that can send a request body straight from a file, reporting the bytes sent.
///
/// Disk images run to gigabytes: streaming them keeps memory flat and lets the front end show
/// real upload progress. Transports without it get the file's bytes in one ``TransportRequest``.
public protocol FileUploadTransport: HTTPTransport {
    /// Sends `request` with the contents of `file` (`length` bytes) as its body, calling
    /// `progress` with the bytes handed to the connection so far.
    func upload(
        _ request: TransportRequest, file: URL, length: Int64, progress: @escaping @Sendable (Int64) -> Void
    ) async throws -> TransportResponse
}
