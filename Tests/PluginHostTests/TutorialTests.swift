import Foundation
import PluginHost
import Testing

/// The tutorial's end state works: its init.lua and spec, taken from plugin-sdk/tutorial.md, pass
/// on a scaffolded plugin.
@Suite struct TutorialTests {
    /// The fenced ```lua blocks of the tutorial, in order.
    static func luaBlocks() throws -> [String] {
        let text = try String(
            contentsOf: BundledPluginSpecs.repository.appendingPathComponent("plugin-sdk/tutorial.md"), encoding: .utf8)
        var blocks: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line == "```lua" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append((current ?? []).joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test func tutorialCardPassesTheTutorialSpec() async throws {
        let blocks = try Self.luaBlocks()
        try #require(blocks.count >= 2)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-tutorial-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = try PluginScaffold.create(id: "quota-card", in: root)
        try blocks[0].write(toFile: folder + "/init.lua", atomically: true, encoding: .utf8)
        try blocks[1].write(toFile: folder + "/tests/init_spec.lua", atomically: true, encoding: .utf8)
        let results = try await PluginTestRunner.run(folder: folder)
        #expect(results.map(\.name) == ["quota card shows cores in use"])
        #expect(results.allSatisfy { $0.failure == nil }, "\(results)")
    }
}
