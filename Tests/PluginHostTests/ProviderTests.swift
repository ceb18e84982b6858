import Foundation
import PluginHost
import PluginModel
import Testing

/// A plugin-implemented, non-OpenStack provider answers the small provider contract.
@Suite struct ProviderTests {
    @Test func providerContractRoundTrip() async throws {
        let runtime = try await PluginLoader.load(folder: TestPlugins.folder("provider-demo"), environment: TestPlugins.environment())
        #expect(await runtime.contributions.providers == [ProviderInfo(id: "memory", name: "In-memory cloud")])
        let created = try await runtime.callProvider(
            "memory", .create, arguments: [.record(["name": .text("vm-1"), "size": .text("small"), "image": .text("ubuntu")])])
        #expect(created.first?["id"] == .text("1"))
        _ = try await runtime.callProvider("memory", .action, arguments: [.text("1"), .text("stop")])
        let listed = try await runtime.callProvider("memory", .listInstances)
        #expect(listed.first?.listItems.first?["status"] == .text("SHUTOFF"))
        #expect(try await runtime.callProvider("memory", .sizes).first?.listItems.first?["ram_mib"] == .integer(2048))
        #expect(try await runtime.callProvider("memory", .images).first?.listItems.count == 1)
        #expect(try await runtime.callProvider("memory", .delete, arguments: [.text("1")]) == [.boolean(true)])
        let missing = try await runtime.callProvider("memory", .delete, arguments: [.text("1")])
        #expect(missing.last?["code"] == .text("provider.not_found"))
    }
}
