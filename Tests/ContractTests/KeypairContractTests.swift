import OpenStackAPI
import Testing

/// Importing a public key made with ssh-keygen, and deleting it.
@Suite("Key pairs", .tags(.contract))
struct KeypairContractTests {
    @Test("import an ed25519 key, refuse a duplicate name, delete", arguments: Backend.available)
    func keypair(_ backend: Backend) async throws {
        try await ContractCloud.with(backend) { cloud, cleanup in
            let compute = cloud.compute
            let publicKey = try Fixtures.publicKey()
            let name = cloud.names.name("key")
            let imported = try await compute.createKeypair(KeypairCreateRequest(name: name, publicKey: publicKey))
            await cleanup.add("key pair \(name)") {
                do {
                    try await compute.deleteKeypair(name: name)
                } catch let error as OpenStackError where error.status == 404 {}
            }
            #expect(imported.name == name)
            #expect(imported.publicKey == publicKey)
            #expect(imported.fingerprint == (try Fixtures.publicKeyFingerprint()))
            #expect(imported.type == "ssh")
            #expect(imported.privateKey == nil, "an imported key has no private half")

            let shown = try await compute.showKeypair(name: name)
            #expect(shown.fingerprint == imported.fingerprint && shown.publicKey == publicKey)
            #expect(shown.userID == cloud.token.user.id)
            #expect(shown.createdAt != nil)
            #expect(try await compute.listKeypairs().contains { $0.name == name })

            await cloud.expectCloudError(409, "import a key pair under a name in use") {
                try await compute.createKeypair(KeypairCreateRequest(name: name, publicKey: publicKey))
            }

            try await compute.deleteKeypair(name: name)
            await cloud.expectCloudError(404, "show a deleted key pair") { try await compute.showKeypair(name: name) }
        }
    }
}
