import Foundation
import PluginHost
import PluginModel
import Testing

/// The registry keeps serving healthy plugins when others fail to load or fail while running.
@Suite struct PluginRegistryTests {
    static func discovered(_ folder: String) -> DiscoveredPlugin {
        let found = PluginDiscovery.discover(in: PluginSearchPath(folders: [
            .init(origin: .bundled, path: (folder as NSString).deletingLastPathComponent)
        ]))
        return found.first { $0.folder == folder } ?? found[0]
    }

    @Test func failingPluginsDoNotStopTheOthers() async throws {
        let broken = try TestPlugins.copy("sandbox")
        defer { try? FileManager.default.removeItem(atPath: broken.root) }
        try """
            exo.on("instance.launched", function() while true do end end)
            """.write(toFile: broken.folder + "/init.lua", atomically: true, encoding: .utf8)
        let registry = PluginRegistry(environment: TestPlugins.environment())
        await registry.load(Self.discovered(TestPlugins.folder("sandbox")))
        await registry.load(Self.discovered(TestPlugins.folder("api-mismatch")))
        let errors = await registry.emit("instance.launched", payload: .record(["name": .text("web-1")]))
        #expect(errors.isEmpty)
        let statuses = await registry.statuses()
        #expect(statuses["sandbox"] == .running)
        #expect(statuses["api-mismatch"]?.name == "failed")

        let looping = PluginRegistry(environment: TestPlugins.environment())
        await looping.load(Self.discovered(broken.folder))
        await looping.load(Self.discovered(TestPlugins.folder("provider-demo")))
        let failures = await looping.emit("instance.launched", payload: .nil)
        #expect(failures.count == 1)
        #expect(await looping.statuses()["sandbox"]?.name == "failed")
        #expect(await looping.contributions().keys.sorted() == ["provider-demo"])
    }

    @Test func reloadPicksUpChangedFiles() async throws {
        let copy = try TestPlugins.copy("sandbox")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        let registry = PluginRegistry(environment: TestPlugins.environment())
        await registry.load(Self.discovered(copy.folder))
        #expect(await registry.contributions()["sandbox"]?.cards.map(\.id) == ["greeting"])
        let original = try String(contentsOfFile: copy.folder + "/init.lua", encoding: .utf8)
        try original.replacingOccurrences(of: "id = \"greeting\"", with: "id = \"welcome\"")
            .write(toFile: copy.folder + "/init.lua", atomically: true, encoding: .utf8)
        try await registry.reload("sandbox")
        #expect(await registry.contributions()["sandbox"]?.cards.map(\.id) == ["welcome"])
    }
}
