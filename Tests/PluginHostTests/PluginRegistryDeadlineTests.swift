import Foundation
import Localization
import PluginHost
import Testing

/// The registry stops waiting for a plugin that overruns an event by far, and keeps serving the others.
@Suite struct PluginRegistryDeadlineTests {
    @Test func slowPluginIsAbandonedAndTheOthersKeepTheirEvents() async throws {
        let slow = try TestPlugins.copy("sandbox")
        defer { try? FileManager.default.removeItem(atPath: slow.root) }
        // Sixty handlers that each wait out the host call timeout: 60 × 0.5 s, far longer than the
        // registry's patience of 2 × (0.5 s + 0.5 s) + 2 s, though each handler keeps its limits.
        try """
            for i = 1, 60 do
              exo.on("instance.launched", function() exo.http.request{ url = "https://allowed.example.org/slow" } end)
            end
            """.write(toFile: slow.folder + "/init.lua", atomically: true, encoding: .utf8)
        let limits = LuaLimits(memoryBytes: 8 << 20, instructionBudget: 2_000_000, timeLimit: .milliseconds(500), hostCallTimeout: .milliseconds(500))
        let registry = PluginRegistry(environment: TestPlugins.environment(limits: limits, transport: SlowTransport()))
        await registry.load(PluginRegistryTests.discovered(slow.folder))
        await registry.load(PluginRegistryTests.discovered(TestPlugins.folder("provider-demo")))
        let started = ContinuousClock.now
        let errors = await registry.emit("instance.launched", payload: .record(["name": .text("web-1")]))
        let waited = ContinuousClock.now - started
        #expect(waited < .seconds(15), "emit waited \(waited)")
        #expect(errors.count == 1)
        #expect(errors.first?.message.sourceText.contains("no longer waited for") == true, "\(errors)")
        #expect(await registry.statuses()["sandbox"]?.name == "failed")
        #expect(await registry.statuses()["provider-demo"] == .running)
        #expect(await registry.runtime("sandbox") == nil)
        #expect(await registry.emit("instance.launched", payload: .nil).isEmpty)
    }
}
