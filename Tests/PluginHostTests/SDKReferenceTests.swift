import Foundation
import PluginHost
import Testing

/// plugin-sdk/reference/exo.md and plugin-sdk/types/exo.lua are generated from the host API
/// registry; these tests fail when the committed files are stale. Regenerate with
/// `EXOSPHERE_REGENERATE_SDK=1 swift test --filter SDKReferenceTests`.
@Suite struct SDKReferenceTests {
    @Test(arguments: [
        ("plugin-sdk/reference/exo.md", HostAPI.referenceMarkdown()),
        ("plugin-sdk/types/exo.lua", HostAPI.typeStubs()),
    ])
    func committedFileMatchesTheRegistry(path: String, generated: String) throws {
        let url = BundledPluginSpecs.repository.appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["EXOSPHERE_REGENERATE_SDK"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try generated.write(to: url, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == generated, "\(path) is stale: regenerate it with EXOSPHERE_REGENERATE_SDK=1 swift test --filter SDKReferenceTests")
    }

    @Test func referenceListsEveryPublicFunction() {
        let markdown = HostAPI.referenceMarkdown()
        for function in HostAPI.reference where !function.name.contains("._") {
            #expect(markdown.contains("`\(function.name)`"))
        }
        #expect(!markdown.contains("_read_module"))
    }
}
