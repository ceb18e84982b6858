import ExosphereCore
import Foundation
import Localization
import PluginHost
import PluginModel
import Testing

/// The typed provider client: the contract's shapes read into models, wrong shapes and `nil, err`
/// answers as errors naming the plugin, provider, operation and field.
@Suite struct ProviderClientTests {
    /// A provider plugin `shape-test` whose registration table fields are `operations` (Lua source).
    static func client(_ operations: [String: String]) async throws -> (ProviderClient, root: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-provider-\(UUID().uuidString)").path
        let folder = root + "/shape-test"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try """
            id: shape-test
            name: Shape test
            version: 0.1.0
            api: ">=1.0, <2.0"
            description: A provider answering whatever a test needs.
            author: Exosphere tests
            capabilities:
              providers: [fake]
            """.write(toFile: folder + "/plugin.yaml", atomically: true, encoding: .utf8)
        let defaults = [
            "list_instances": "function() return {} end", "create": "function() return nil, 'no' end",
            "delete": "function() return true end", "action": "function() return true end",
            "sizes": "function() return {} end", "images": "function() return {} end",
        ]
        let fields = defaults.merging(operations) { _, given in given }.sorted { $0.key < $1.key }.map { "  \($0.key) = \($0.value)," }
        try (["exo.providers.register{", "  id = 'fake', name = 'Fake cloud',"] + fields + ["}"]).joined(separator: "\n")
            .write(toFile: folder + "/init.lua", atomically: true, encoding: .utf8)
        let runtime = try await PluginLoader.load(folder: folder, environment: TestPlugins.environment())
        return (ProviderClient(runtime: runtime, provider: "fake"), root)
    }

    @Test func instancesAreDecoded() async throws {
        let (client, root) = try await Self.client([
            "list_instances": """
                function() return {
                    { id = "a", name = "web", status = "ACTIVE", size = "small", image = "debian", addresses = { "192.0.2.1", "10.0.0.2" } },
                    { id = 7, status = "SHUTOFF" },
                  } end
                """
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try await client.instances() == [
            ProviderInstance(id: "a", name: "web", status: "ACTIVE", size: "small", image: "debian", addresses: ["192.0.2.1", "10.0.0.2"]),
            ProviderInstance(id: "7", name: "7", status: "SHUTOFF"),
        ])
    }

    @Test func sizesImagesAndCreateAreDecoded() async throws {
        let (client, root) = try await Self.client([
            "sizes": "function() return { { id = 'small', name = 'Small', vcpus = 1, ram_mib = 2048 }, { id = 'big' } } end",
            "images": "function() return { { id = 'debian', name = 'Debian 13' } } end",
            "create": "function(spec) return { id = 'n1', name = spec.name, status = 'BUILD', size = spec.size, image = spec.image } end",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try await client.sizes() == [ProviderSize(id: "small", name: "Small", vcpus: 1, ramMiB: 2048), ProviderSize(id: "big", name: "big")])
        #expect(try await client.images() == [ProviderImage(id: "debian", name: "Debian 13")])
        let created = try await client.create(ProviderCreateRequest(name: "vm", size: "small", image: "debian"))
        #expect(created == ProviderInstance(id: "n1", name: "vm", status: "BUILD", size: "small", image: "debian"))
    }

    struct WrongShape: CustomTestStringConvertible, Sendable {
        let operation: String
        let function: String
        let field: String
        let problem: String
        var testDescription: String { "\(operation): \(field)" }
    }

    static let wrongShapes: [WrongShape] = [
        WrongShape(operation: "list_instances", function: "function() return 'many' end", field: "result", problem: "expected a list, got string"),
        WrongShape(operation: "list_instances", function: "function() return { x = 1 } end", field: "result", problem: "got a table with other keys"),
        WrongShape(operation: "list_instances", function: "function() return { 'vm' } end", field: "result[1]", problem: "expected a table, got string"),
        WrongShape(
            operation: "list_instances", function: "function() return { { id = 'a', status = 'ACTIVE' }, { id = 'b' } } end",
            field: "result[2].status", problem: "expected text, got nil"),
        WrongShape(
            operation: "list_instances", function: "function() return { { id = 'a', status = 'ACTIVE', addresses = { 1 } } } end",
            field: "result[1].addresses[1]", problem: "expected text, got number"),
        WrongShape(
            operation: "list_instances", function: "function() return { { id = true, status = 'ACTIVE' } } end",
            field: "result[1].id", problem: "expected text, got boolean"),
        WrongShape(operation: "sizes", function: "function() return { { id = 's', vcpus = 'two' } } end", field: "result[1].vcpus", problem: "whole number"),
        WrongShape(operation: "images", function: "function() return { { name = 'x' } } end", field: "result[1].id", problem: "expected text, got nil"),
        WrongShape(operation: "create", function: "function() return nil end", field: "result", problem: "expected a table, got nil"),
    ]

    @Test(arguments: wrongShapes)
    func wrongShapeNamesPluginProviderOperationAndField(_ shape: WrongShape) async throws {
        let (client, root) = try await Self.client([shape.operation: shape.function])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let error = await #expect(throws: ProviderError.self) {
            switch shape.operation {
            case "sizes": _ = try await client.sizes()
            case "images": _ = try await client.images()
            case "create": _ = try await client.create(ProviderCreateRequest(name: "vm", size: "s", image: "i"))
            default: _ = try await client.instances()
            }
        }
        guard case .invalidResult(let plugin, let provider, let operation, let field, let problem)? = error else {
            Issue.record("expected invalidResult, got \(String(describing: error))")
            return
        }
        #expect((plugin, provider, operation, field) == ("shape-test", "fake", shape.operation, shape.field))
        #expect(problem.contains(shape.problem), "\(problem)")
        let message = error?.message.sourceText ?? ""
        #expect(["shape-test", "fake", shape.operation, shape.field].allSatisfy(message.contains), "\(message)")
        // The plugin keeps running: a wrong shape is the caller's error, not a Lua failure.
        #expect(await client.runtime.status == .running)
    }

    @Test func errorAnswersAreRefusals() async throws {
        let (client, root) = try await Self.client([
            "delete": "function(id) return nil, { code = 'provider.not_found', message = 'no instance ' .. id } end",
            "action": "function() return nil, 'the service is down' end",
            "images": "function() return false end",
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        await #expect(throws: ProviderError.refused(
            plugin: "shape-test", provider: "fake", operation: "delete", code: "provider.not_found", reason: "no instance i-1")
        ) { try await client.delete("i-1") }
        await #expect(throws: ProviderError.refused(
            plugin: "shape-test", provider: "fake", operation: "action", code: nil, reason: "the service is down")
        ) { try await client.perform(.stop, on: "i-1") }
        await #expect(throws: ProviderError.refused(
            plugin: "shape-test", provider: "fake", operation: "images", code: nil, reason: "it returned boolean without an error")
        ) { _ = try await client.images() }
    }

    @Test func actionsPassTheirArguments() async throws {
        let (client, root) = try await Self.client([
            "action": "function(id, name) if id == 'i-1' and name == 'reboot' then return true end return nil, name end"
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        try await client.perform(.reboot, on: "i-1")
        await #expect(throws: ProviderError.self) { try await client.perform(.start, on: "i-1") }
    }

    @Test func luaErrorIsACallFailure() async throws {
        let (client, root) = try await Self.client(["list_instances": "function() error('boom') end"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let error = await #expect(throws: ProviderError.self) { _ = try await client.instances() }
        guard case .callFailed(let plugin, let provider, let operation, let cause)? = error else {
            Issue.record("expected callFailed, got \(String(describing: error))")
            return
        }
        #expect((plugin, provider, operation) == ("shape-test", "fake", "list_instances"))
        #expect(cause.luaFailure?.message.contains("boom") == true)
    }

    @Test func registryListsProvidersOfRunningPlugins() async throws {
        let registry = PluginRegistry(environment: TestPlugins.environment())
        await registry.load(PluginRegistryTests.discovered(TestPlugins.folder("provider-demo")))
        await registry.load(PluginRegistryTests.discovered(TestPlugins.folder("sandbox")))
        let providers = await registry.providers()
        #expect(providers.map(\.identity) == [ProviderIdentity(plugin: "provider-demo", id: "memory", name: "In-memory cloud")])
        #expect(await registry.provider(plugin: "provider-demo", id: "memory")?.identity.name == "In-memory cloud")
        #expect(await registry.provider(plugin: "sandbox", id: "memory") == nil)
    }
}
