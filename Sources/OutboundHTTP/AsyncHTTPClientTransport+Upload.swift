import AsyncHTTPClient
public import Foundation
import NIOCore

extension AsyncHTTPClientTransport: FileUploadTransport {
    /// Streams `file` as the body, a MiB at a time. The whole-request deadline is at least
    /// ``Configuration/requestTimeout`` and grows with the size (a minute per 64 MiB); the read
    /// timeout still ends a stalled upload.
    public func upload(
        _ request: TransportRequest, file: URL, length: Int64, progress: @escaping @Sendable (Int64) -> Void
    ) async throws -> TransportResponse {
        // An upload follows no redirect: it could not send the file's bytes a second time.
        try await destinationGuard?.allow(request.url)
        let (host, port) = Self.endpoint(of: request.url)
        var outgoing = try outgoingRequest(request)
        outgoing.body = .stream(FileChunks(file: file, progress: progress), length: .known(length))
        let allowed = max(configuration.requestTimeout, .seconds(60 * (1 + length / (64 << 20))))
        let deadline = ContinuousClock.now + allowed
        let response: HTTPClientResponse
        do {
            response = try await client.execute(outgoing, timeout: Self.timeAmount(allowed))
        } catch {
            throw Self.classify(error, host: host, port: port, limit: configuration.maximumBodySize)
        }
        return try await read(response, host: host, port: port, deadline: deadline)
    }
}

/// A file's bytes as an async sequence of 1 MiB buffers, reporting the running total.
struct FileChunks: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    let file: URL
    let progress: @Sendable (Int64) -> Void

    struct Iterator: AsyncIteratorProtocol {
        let handle: FileHandle?
        let progress: @Sendable (Int64) -> Void
        var sent: Int64 = 0

        mutating func next() async throws -> ByteBuffer? {
            guard let handle, let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty else {
                try handle?.close()
                return nil
            }
            sent += Int64(chunk.count)
            progress(sent)
            return ByteBuffer(bytes: chunk)
        }
    }

    func makeAsyncIterator() -> Iterator {
        Iterator(handle: try? FileHandle(forReadingFrom: file), progress: progress)
    }
}
