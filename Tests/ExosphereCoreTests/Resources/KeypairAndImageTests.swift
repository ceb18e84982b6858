import Foundation
import Synchronization
import OpenStackAPI
import Testing

@testable import ExosphereCore

/// Key pairs (import only) and image upload and deletion.
@Suite("Key pairs and images against the simulator")
struct KeypairAndImageTests {
    static let ed25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl exo@test"

    @Test("import, list and delete a public key")
    func keypairs() async throws {
        try await ActionTestbed.with(servers: 1) { testbed in
            let session = testbed.session
            let key = try PublicKey(parsing: Self.ed25519 + "\n")
            let imported = try await session.keypairs.importKey(name: "laptop", publicKey: key, in: testbed.project)
            #expect(imported.fingerprint?.isEmpty == false)
            #expect(try await session.keypairs.list(in: testbed.project).map(\.name).contains("laptop"))
            try await session.keypairs.delete(name: "laptop", in: testbed.project)
            #expect(try await session.keypairs.list(in: testbed.project).map(\.name).contains("laptop") == false)
            await #expect(throws: CoreError.resource(.notFound(kind: "key pair", "laptop"))) {
                try await session.keypairs.delete(name: "laptop", in: testbed.project)
            }
        }
    }

    @Test("text that is not an OpenSSH public key is refused with the reason", arguments: [
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEA\n-----END OPENSSH PRIVATE KEY-----", "private key"),
        ("ssh-ed25519", "separated by a space"),
        ("ssh-foo AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0", "unknown key type"),
        ("ssh-ed25519 not*base64", "base64"),
        ("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl", "does not match"),
    ])
    func invalidKeys(text: String, reason: String) throws {
        #expect {
            try PublicKey(parsing: text)
        } throws: { error in
            guard case .resource(.invalidPublicKey(let message))? = error as? CoreError else { return false }
            return message.contains(reason)
        }
    }

    @Test("upload a local file with progress; the image ends active; only own images can be deleted")
    func upload() async throws {
        try await ActionTestbed.with(servers: 1) { testbed in
            let file = testbed.cloud.folder.appendingPathComponent("disk.qcow2")
            let bytes = Data((0..<(3 << 20)).map { UInt8($0 & 0xff) })
            try bytes.write(to: file)
            let stages = ProgressLog()
            let image = try await testbed.session.images.upload(
                file: file, name: "my-disk", in: testbed.project, wait: ActionTestbed.fastWait, progress: { stages.append($0) })
            #expect(image.status == "active")
            #expect(image.sizeBytes == Int64(bytes.count))
            let seen = stages.values
            // Streamed from disk a MiB at a time: each MiB handed to the connection is reported.
            #expect(seen.filter { $0.stage == .sending }.map(\.bytes) == [0, 1 << 20, 2 << 20, 3 << 20])
            #expect(seen.last?.stage == .done)
            let images = try await testbed.services().image
            #expect(try await images.showImage(id: image.id).diskFormat == "qcow2")
            let publicImage = try #require(try await images.listImages().first { $0.visibility == .public })
            await #expect(throws: CoreError.resource(.notOwnImage(publicImage.name ?? publicImage.id))) {
                try await testbed.session.images.delete(publicImage.id, in: testbed.project)
            }
            try await testbed.session.images.delete("my-disk", in: testbed.project)
            await #expect { try await images.showImage(id: image.id) } throws: { ($0 as? OpenStackError)?.status == 404 }
        }
    }

    @Test("a missing file is named in the error")
    func missingFile() async throws {
        try await ActionTestbed.with(servers: 1) { testbed in
            let file = URL(fileURLWithPath: "/nonexistent/disk.img")
            await #expect(throws: CoreError.resource(.unreadableFile(path: file.path, reason: "it does not exist or is not readable"))) {
                try await testbed.session.images.upload(file: file, name: "x", in: testbed.project)
            }
        }
    }
}

/// Collects progress reports from any thread.
final class ProgressLog: Sendable {
    private let storage = Mutex<[UploadProgress]>([])
    func append(_ progress: UploadProgress) { storage.withLock { $0.append(progress) } }
    var values: [UploadProgress] { storage.withLock { $0 } }
}
