import CloudConfig
import Foundation
import Logging
import PluginHost
import PluginWeb
import Testing
import WebUI

/// A theme plugin's pictures are served only from inside its own folder.
@Suite struct PluginAssetBoundaryTests {
    /// A copy of the bundled skin with `planted.svg`, a symbolic link to `target`, beside its logo.
    static func skin(linkingTo target: String) throws -> (PluginSearchPath, URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-assets-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("skin-example")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: PluginWebExtensionsTests.repository.appendingPathComponent("Plugins/skin-example"), to: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("planted.svg").path, withDestinationPath: target)
        return (PluginSearchPath(folders: [.init(origin: .user, path: root.path)]), root)
    }

    static func load(_ searchPath: PluginSearchPath) async -> PluginWebExtensions {
        await PluginWebExtensions.load(
            settings: PluginsSettings(enabled: true, plugins: ["skin-example": PluginSettings(enabled: true)]), searchPath: searchPath,
            environment: PluginEnvironment(logger: Logger(label: "exosphere.tests.assets")))
    }

    @Test func aSymbolicLinkLeavingThePluginFolderIsNotServed() async throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("exo-outside-\(UUID().uuidString).svg")
        try Data("<svg>operator's private file</svg>".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let (searchPath, root) = try Self.skin(linkingTo: outside.path)
        defer { try? FileManager.default.removeItem(at: root) }
        let plugins = await Self.load(searchPath)
        #expect(await plugins.asset(plugin: "skin-example", name: "logo.svg") != nil)
        #expect(await plugins.asset(plugin: "skin-example", name: "planted.svg") == nil)
    }

    @Test func aSymbolicLinkInsideThePluginFolderIsServed() async throws {
        let (searchPath, root) = try Self.skin(linkingTo: "logo.svg")
        defer { try? FileManager.default.removeItem(at: root) }
        let plugins = await Self.load(searchPath)
        let logo = await plugins.asset(plugin: "skin-example", name: "logo.svg")
        let planted = await plugins.asset(plugin: "skin-example", name: "planted.svg")
        #expect(planted != nil)
        #expect(planted?.data == logo?.data)
    }

    @Test func anAssetLargerThanFourMiBIsNotServed() async throws {
        let (searchPath, root) = try Self.skin(linkingTo: "logo.svg")
        defer { try? FileManager.default.removeItem(at: root) }
        try Data(count: 4 * 1024 * 1024 + 1).write(to: root.appendingPathComponent("skin-example/huge.png"))
        try Data(count: 4 * 1024 * 1024).write(to: root.appendingPathComponent("skin-example/large.png"))
        let plugins = await Self.load(searchPath)
        #expect(await plugins.asset(plugin: "skin-example", name: "huge.png") == nil)
        #expect(await plugins.asset(plugin: "skin-example", name: "large.png")?.data.count == 4 * 1024 * 1024)
    }
}
