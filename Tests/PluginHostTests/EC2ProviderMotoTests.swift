import ExosphereCore
import Foundation
import Logging
import PluginHost
import PluginModel
import Secrets
import Testing

/// The bundled ec2-provider plugin against moto's EC2 emulator: SigV4-signed Query API round trips.
@Suite(
    .enabled(if: MotoServer.executable != nil, "moto_server is not installed; pip install 'moto[server]' to run the EC2 provider tests"),
    .serialized)
struct EC2ProviderMotoTests {
    static let folder = BundledPluginSpecs.repository.appendingPathComponent("Plugins/ec2-provider").path

    static func provider(endpoint: String) async throws -> PluginRuntime {
        let environment = PluginEnvironment(
            transport: HTTPClientPluginTransport(),
            secrets: FixedSecretStore(["access_key_id": Secret("AKIDEXOTEST"), "secret_access_key": Secret("exo-secret")]),
            logger: Logger(label: "exosphere.plugins.tests"))
        return try await PluginLoader.load(
            folder: folder,
            settings: [
                "endpoint": .string(endpoint), "display_name": .string("Moto EC2"),
                "instance_types": .list([.string("t3.micro"), .string("t3.small")]),
                // Canonical's account: moto ships two of its images.
                "image_owners": .list([.string("099720109477")]),
            ],
            environment: environment)
    }

    /// The instance with `id` in list_instances, if listed.
    static func listed(_ id: LuaValue, in runtime: PluginRuntime) async throws -> LuaValue? {
        let list = try await runtime.callProvider("ec2", .listInstances)
        return list.first?.listItems.first { $0["id"] == id }
    }

    /// Runs `body` against a fresh moto server, stopped afterwards whatever happens.
    static func withMoto(_ body: (MotoServer) async throws -> Void) async throws {
        let moto = try await MotoServer(executable: try #require(MotoServer.executable))
        do {
            try await body(moto)
        } catch {
            await moto.stop()
            throw error
        }
        await moto.stop()
    }

    @Test func instanceLifecycleRoundTrips() async throws {
        try await Self.withMoto { moto in try await Self.lifecycle(moto) }
    }

    static func lifecycle(_ moto: MotoServer) async throws {
        let runtime = try await Self.provider(endpoint: moto.endpoint)
        #expect(await runtime.contributions.providers == [ProviderInfo(id: "ec2", name: "Moto EC2")])

        let sizes = try await runtime.callProvider("ec2", .sizes)
        #expect(sizes.first?.listItems.map { $0["id"] } == [.text("t3.micro"), .text("t3.small")])
        #expect(sizes.first?.listItems.first?["ram_mib"] == .integer(1024))
        let images = try #require(try await runtime.callProvider("ec2", .images).first?.listItems)
        let image = try #require(images.first?["id"])
        #expect(images.count == 2)

        let created = try #require(try await runtime.callProvider(
            "ec2", .create, arguments: [.record(["name": .text("exo-moto-1"), "size": .text("t3.micro"), "image": image])]).first)
        let id = created["id"]
        #expect(id.text?.hasPrefix("i-") == true)
        #expect(try await Self.listed(id, in: runtime)?["name"] == .text("exo-moto-1"))
        #expect(try await Self.listed(id, in: runtime)?["image"] == image)

        #expect(try await runtime.callProvider("ec2", .action, arguments: [id, .text("stop")]) == [.boolean(true)])
        #expect(try await Self.listed(id, in: runtime)?["status"] == .text("SHUTOFF"))
        #expect(try await runtime.callProvider("ec2", .action, arguments: [id, .text("start")]) == [.boolean(true)])
        #expect(try await Self.listed(id, in: runtime)?["status"] == .text("ACTIVE"))

        #expect(try await runtime.callProvider("ec2", .delete, arguments: [id]) == [.boolean(true)])
        #expect(try await Self.listed(id, in: runtime) == nil)
    }

    @Test func typedClientRoundTrips() async throws {
        try await Self.withMoto { moto in
            let client = ProviderClient(runtime: try await Self.provider(endpoint: moto.endpoint), provider: "ec2")
            #expect(try await client.sizes().map(\.id) == ["t3.micro", "t3.small"])
            #expect(try await client.sizes().first?.ramMiB == 1024)
            let images = try await client.images()
            #expect(images.count == 2)
            let image = try #require(images.first)

            let created = try await client.create(ProviderCreateRequest(name: "exo-typed-1", size: "t3.micro", image: image.id))
            #expect(created.id.hasPrefix("i-"))
            #expect(created.name == "exo-typed-1")
            let listed = try #require(try await client.instances().first { $0.id == created.id })
            #expect(listed.size == "t3.micro")
            #expect(listed.image == image.id)
            #expect(listed.status == "ACTIVE")
            #expect(!listed.addresses.isEmpty)

            try await client.perform(.stop, on: created.id)
            #expect(try await client.instances().first { $0.id == created.id }?.status == "SHUTOFF")
            try await client.perform(.start, on: created.id)
            #expect(try await client.instances().first { $0.id == created.id }?.status == "ACTIVE")

            try await client.delete(created.id)
            #expect(try await client.instances().contains { $0.id == created.id } == false)
            let error = await #expect(throws: ProviderError.self) { try await client.perform(.stop, on: "i-00000000000000000") }
            guard case .refused(let plugin, let provider, let operation, let code, _)? = error else {
                Issue.record("expected a refusal, got \(String(describing: error))")
                return
            }
            #expect((plugin, provider, operation, code) == ("ec2-provider", "ec2", "action", "ec2.InvalidInstanceID.NotFound"))
        }
    }

    @Test func unknownInstanceIsAnEC2Error() async throws {
        try await Self.withMoto { moto in
            let runtime = try await Self.provider(endpoint: moto.endpoint)
            let result = try await runtime.callProvider("ec2", .action, arguments: [.text("i-00000000000000000"), .text("stop")])
            #expect(result.first == .nil)
            #expect(result.last?["code"] == .text("ec2.InvalidInstanceID.NotFound"))
        }
    }
}
