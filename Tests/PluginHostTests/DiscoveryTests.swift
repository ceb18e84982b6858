import Foundation
import PluginHost
import Testing

/// Plugins are found on the search path; a later folder wins; settings edits keep other keys.
@Suite struct DiscoveryTests {
    @Test func laterFolderWinsForTheSameID() throws {
        let user = try TestPlugins.copy("sandbox")
        defer { try? FileManager.default.removeItem(atPath: user.root) }
        let searchPath = PluginSearchPath(folders: [
            .init(origin: .bundled, path: TestPlugins.fixtures + "/plugins"), .init(origin: .user, path: user.root),
        ])
        let found = PluginDiscovery.discover(in: searchPath)
        #expect(found.map(\.id) == ["api-mismatch", "hostile", "provider-demo", "sandbox", "ticket-demo"])
        let sandbox = try #require(found.first { $0.id == "sandbox" })
        #expect(sandbox.origin == .user)
        #expect(sandbox.overrides == [TestPlugins.folder("sandbox")])
    }

    @Test func enablingWritesThePluginsSection() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-settings-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/config.yaml"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try "ui:\n  port: 9090\n".write(toFile: path, atomically: true, encoding: .utf8)
        try PluginSettingsFile.setEnabled(true, plugin: "sandbox", in: path)
        try PluginSettingsFile.setEnabled(false, plugin: "ticket-demo", in: path)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("port: 9090"))
        #expect(text.contains("sandbox:\n    enabled: true"))
        #expect(text.contains("ticket-demo:\n    enabled: false"))
    }
}
