import Foundation
import NIOCore
import Testing

@testable import WebUI

@Suite("Multipart form posts: parsed in chunks of any size, files spooled privately after the CSRF check")
struct MultipartFormTests {
    static let contentType = "multipart/form-data; boundary=\"----xyz\""

    static func body(fileBytes: [UInt8] = Array("GIF89a\r\n--not-the-boundary\r\n".utf8)) -> [UInt8] {
        var bytes = Array("preamble to ignore\r\n------xyz\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken-1\r\n".utf8)
        bytes += Array("------xyz\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nmy image\r\n".utf8)
        bytes += Array("------xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"disk \\\"one\\\".qcow2\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        bytes += fileBytes
        bytes += Array("\r\n------xyz--\r\nepilogue".utf8)
        return bytes
    }

    /// The parts of `body` read in chunks of `size` bytes: names, file names, joined bytes.
    static func parts(of body: [UInt8], chunk size: Int) throws -> [(MultipartPartHeaders, [UInt8])] {
        var parser = try MultipartParser(contentType: contentType)
        var parts: [(MultipartPartHeaders, [UInt8])] = []
        var start = 0
        while start < body.count {
            for event in try parser.feed(body[start..<min(start + size, body.count)]) {
                switch event {
                case .part(let headers): parts.append((headers, []))
                case .data(let bytes): parts[parts.count - 1].1 += bytes
                case .end: break
                }
            }
            start += size
        }
        try parser.finish()
        return parts
    }

    @Test("the same parts whatever the chunk size, a delimiter look-alike inside the file kept", arguments: [1, 2, 5, 17, 64, 100_000])
    func chunked(size: Int) throws {
        let parts = try Self.parts(of: Self.body(), chunk: size)
        #expect(parts.map(\.0.name) == ["csrf", "name", "file"])
        #expect(parts.map { String(decoding: $0.1, as: UTF8.self) } == ["token-1", "my image", "GIF89a\r\n--not-the-boundary\r\n"])
        #expect(parts[2].0.filename == "disk \"one\".qcow2")
        #expect(parts[2].0.contentType == "application/octet-stream")
        #expect(parts[0].0.filename == nil)
    }

    @Test("a body cut short, a missing boundary or a malformed delimiter is refused")
    func malformed() throws {
        var parser = try MultipartParser(contentType: Self.contentType)
        _ = try parser.feed(Self.body().prefix(120))
        #expect(throws: MultipartParser.Failure.truncated) { try parser.finish() }
        #expect(throws: MultipartParser.Failure.noBoundary) { try MultipartParser(contentType: "multipart/form-data") }
        #expect(throws: MultipartParser.Failure.noBoundary) { try MultipartParser(contentType: "application/x-www-form-urlencoded") }
        var garbled = try MultipartParser(contentType: Self.contentType)
        #expect(throws: MultipartParser.Failure.malformedDelimiter) { try garbled.feed(Array("------xyzXX".utf8)) }
    }

    static func chunks(_ body: [UInt8], size: Int = 7) -> AsyncThrowingStream<ByteBuffer, any Error> {
        AsyncThrowingStream { continuation in
            var start = 0
            while start < body.count {
                continuation.yield(ByteBuffer(bytes: body[start..<min(start + size, body.count)]))
                start += size
            }
            continuation.finish()
        }
    }

    @Test("the token is checked with the fields sent before the file; the file is 0600 in a 0700 folder, removed afterwards")
    func spoolsAfterAuthorizing() async throws {
        let receiver = MultipartFormReceiver(maximumBytes: 10_000, acceptsFiles: true, pace: .form(within: .seconds(60)))
        let received = try await receiver.receive(Self.chunks(Self.body()), contentType: Self.contentType) { fields in
            fields["csrf"] == "token-1" && fields["name"] == "my image"
        }
        let file = try #require(received.files.first)
        #expect(received.fields["name"] == "my image")
        #expect(file.filename == "disk \"one\".qcow2")
        #expect(file.location.pathExtension == "qcow2")
        #expect(file.size == Int64("GIF89a\r\n--not-the-boundary\r\n".utf8.count))
        #expect(try Data(contentsOf: file.location) == Data("GIF89a\r\n--not-the-boundary\r\n".utf8))
        let manager = FileManager.default
        #expect((try manager.attributesOfItem(atPath: file.location.path)[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let folder = file.location.deletingLastPathComponent()
        #expect((try manager.attributesOfItem(atPath: folder.path)[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        received.removeFiles()
        #expect(!manager.fileExists(atPath: folder.path))
    }

    @Test("a refused token stops the post before the file is written")
    func refusedToken() async throws {
        let receiver = MultipartFormReceiver(maximumBytes: 10_000, acceptsFiles: true, pace: .form(within: .seconds(60)))
        await #expect(throws: WebUIError.invalidCSRFToken) {
            try await receiver.receive(Self.chunks(Self.body()), contentType: Self.contentType) { _ in false }
        }
    }

    @Test("past the size limit, a file where none is expected, or a truncated body: clear errors")
    func limits() async throws {
        let small = MultipartFormReceiver(maximumBytes: 100, acceptsFiles: true, pace: .form(within: .seconds(60)))
        await #expect(throws: WebUIError.uploadTooLarge(maximumBytes: 100)) {
            try await small.receive(Self.chunks(Self.body(fileBytes: Array(repeating: 7, count: 500))), contentType: Self.contentType) { _ in true }
        }
        let noFiles = MultipartFormReceiver(maximumBytes: 10_000, acceptsFiles: false, pace: .form(within: .seconds(60)))
        await #expect(throws: WebUIError.invalidForm(field: "file")) {
            try await noFiles.receive(Self.chunks(Self.body()), contentType: Self.contentType) { _ in true }
        }
        let receiver = MultipartFormReceiver(maximumBytes: 10_000, acceptsFiles: true, pace: .form(within: .seconds(60)))
        await #expect(throws: WebUIError.malformedForm) {
            try await receiver.receive(Self.chunks(Array(Self.body().prefix(200))), contentType: Self.contentType) { _ in true }
        }
    }

    @Test("sizes read in the unit that divides them", arguments: [(Int64(8) << 30, "8 GiB"), (1536 << 20, "1536 MiB"), (1000, "1000 bytes")])
    func byteSizes(bytes: Int64, text: String) {
        #expect(ByteSize.text(bytes) == text)
    }

    @Test("checkbox fields keep every value; the last one wins for a single read")
    func repeatedFields() {
        let form = FormFields(parsing: "instance=a%2F1&instance=b%2F2&bulk_action=stop")
        #expect(form.all("instance") == ["a/1", "b/2"])
        #expect(form["instance"] == "b/2")
        #expect(form.all("missing").isEmpty)
    }
}
