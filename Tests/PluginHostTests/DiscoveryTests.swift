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

    @Test func aPluginsFolderInTheWorkingDirectoryIsSearchedOnlyInACheckout() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let planted = root.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: planted.appendingPathComponent("Plugins"), withIntermediateDirectories: true)
        let elsewhere = "/nonexistent/bin/exosphere"
        let plain = PluginSearchPath.standard(currentDirectory: planted.path, executable: elsewhere, home: root.path)
        #expect(!plain.folders.contains { $0.origin == .bundled }, "\(plain.folders)")

        try Data().write(to: planted.appendingPathComponent("Package.swift"))
        let checkout = PluginSearchPath.standard(currentDirectory: planted.path, executable: elsewhere, home: root.path)
        #expect(checkout.folders.first == .init(origin: .bundled, path: planted.appendingPathComponent("Plugins").path))
    }

    @Test func bundledPluginsAreFoundBesideTheExecutable() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let installed = root.appendingPathComponent("share/exosphere/Plugins")
        try FileManager.default.createDirectory(at: installed, withIntermediateDirectories: true)
        // A Plugins folder in the prefix itself is not an install layout, nor a checkout.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("bin/Plugins"), withIntermediateDirectories: true)
        let executable = root.appendingPathComponent("bin/exosphere").path
        let searchPath = PluginSearchPath.standard(currentDirectory: "/", executable: executable, home: root.path)
        #expect(searchPath.folders.first == .init(origin: .bundled, path: installed.path))
    }
}
