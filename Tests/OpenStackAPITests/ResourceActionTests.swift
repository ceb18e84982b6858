import Foundation
import Synchronization
@testable import OpenStackAPI
import Testing
@testable import OutboundHTTP

/// The calls added for instance actions and resources: volume extend and image upload.
struct ResourceActionTests {
    static let volumeRoot = "/volume/v3/a6944d763bf64ee6a275f1263fae0352"

    @Test("extendVolume posts os-extend with new_size")
    func extend() async throws {
        let environment = TestEnvironment()
        let path = Self.volumeRoot + "/volumes/v1/action"
        try environment.transport.on(.post, path, status: 202)
        try await environment.blockStorage().extendVolume(id: "v1", newSize: 20)
        let request = try #require(environment.transport.requests(.post, path).first)
        #expect(try request.jsonBody() == .object(["os-extend": .object(["new_size": .number(20)])]))
        #expect(request.header("OpenStack-API-Version") == "volume 3.70")
    }

    @Test("createImage sends the fields and properties side by side")
    func createImage() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.post, "/image/v2/images", status: 201, fixture: "image/image-show.json")
        let request = ImageCreateRequest(
            name: "mine", diskFormat: "qcow2", visibility: .private, minDisk: 10, properties: ["os_distro": "ubuntu"])
        _ = try await environment.image().createImage(request)
        let sent = try #require(environment.transport.requests.first)
        #expect(
            try sent.jsonBody()
                == .object([
                    "name": .string("mine"), "disk_format": .string("qcow2"), "container_format": .string("bare"),
                    "visibility": .string("private"), "min_disk": .number(10), "os_distro": .string("ubuntu"),
                ]))
    }

    @Test("uploadImageData puts the bytes as octet-stream with the token")
    func upload() async throws {
        let environment = TestEnvironment()
        let path = "/image/v2/images/i1/file"
        try environment.transport.on(.put, path, status: 204)
        let bytes = Data((0..<300).map { UInt8($0 % 256) })
        try await environment.image().uploadImageData(id: "i1", data: bytes)
        let sent = try #require(environment.transport.requests(.put, path).first)
        #expect(sent.body == bytes)
        #expect(sent.header("Content-Type") == "application/octet-stream")
        #expect(sent.header("X-Auth-Token") != nil)
    }

    @Test("a file upload without a streaming transport sends the whole file and reports it sent")
    func uploadFileFallback() async throws {
        let environment = TestEnvironment()
        let path = "/image/v2/images/i2/file"
        try environment.transport.on(.put, path, status: 204)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("upload-\(UUID().uuidString).raw")
        let bytes = Data(repeating: 7, count: 5000)
        try bytes.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let reported = Mutex<[Int64]>([])
        try await environment.image().uploadImageData(id: "i2", file: file, length: 5000) { sent in reported.withLock { $0.append(sent) } }
        #expect(environment.transport.requests(.put, path).first?.body == bytes)
        #expect(reported.withLock { $0 } == [5000])
    }

    @Test("a refused upload becomes an OpenStackError with Glance's status")
    func uploadRefused() async throws {
        let environment = TestEnvironment()
        try environment.transport.on(.put, "/image/v2/images/i1/file", status: 409, fixture: "errors/glance-409.json")
        await #expect {
            try await environment.image().uploadImageData(id: "i1", data: Data([1, 2, 3]))
        } throws: { ($0 as? OpenStackError)?.status == 409 }
    }
}
