import Foundation
import PluginHost
import Testing

/// Every bundled plugin (and the SDK template) passes its own Lua specs, as `exosphere plugin test` runs them.
@Suite struct BundledPluginSpecs {
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var folders: [String] {
        let bundled = repository.appendingPathComponent("Plugins").path
        let plugins = ((try? FileManager.default.contentsOfDirectory(atPath: bundled)) ?? []).sorted()
            .map { bundled + "/" + $0 }
            .filter { FileManager.default.fileExists(atPath: $0 + "/plugin.yaml") }
        return plugins + [repository.appendingPathComponent("plugin-sdk/template").path]
    }

    @Test(arguments: folders)
    func pluginPassesItsSpecs(folder: String) async throws {
        let results = try await PluginTestRunner.run(folder: folder)
        #expect(!results.isEmpty, "no specs in \(folder)/tests")
        for result in results {
            #expect(result.failure == nil, "\(result.file): \(result.name): \(result.failure ?? "")")
        }
    }

    @Test func bundledPluginsAreFound() {
        #expect(Self.folders.count >= 3)
    }
}
