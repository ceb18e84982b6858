import Foundation
import Localization
import PluginHost
import Testing

/// Issue 17: manifests from plugin folders are read with bounds (issue 18: the YAML reader's
/// `YAMLLimits.pluginFile`), and the refusal names the file.
@Suite struct HostileManifestTests {
    static let header = """
        id: bomb
        name: Bomb
        version: 1.0.0
        api: ">=1.0, <2.0"
        description: A manifest that tries to exhaust the host.
        author: Exosphere tests

        """

    /// `license` anchors nine lists, each of nine copies of the one before (9^9 values in all);
    /// a config default names the last.
    static var aliasBomb: String {
        var lists = ["&a [x, x, x, x, x, x, x, x, x]"]
        for (previous, name) in zip("abcdefgh", "bcdefghi") {
            lists.append("&\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        return header + "license: [" + lists.joined(separator: ", ") + "]\n"
            + "config:\n  x: { type: string, description: d, default: *i }\n"
    }

    static let refusals: [(name: String, text: String, reason: String)] = [
        ("an alias bomb", aliasBomb, "expands to more than 10000 values"),
        ("a 100 KiB manifest", header + String(repeating: "# padding padding padding padding padding\n", count: 2500), "larger than 64 KiB"),
        ("lists nested 40 deep", header + "license: " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n", "more than 32 levels deep"),
    ]

    @Test(arguments: refusals.indices)
    func manifestIsRefused(_ index: Int) async throws {
        let refusal = Self.refusals[index]
        // Generous, for a loaded machine: before the bounded reader the alias bomb gave no answer in 20 s.
        let result = await HostileHarness.within(.seconds(60)) { () -> String? in
            do throws(PluginError) {
                _ = try PluginManifest.parse(refusal.text, path: "bomb/plugin.yaml")
                return nil
            } catch {
                return error.message.sourceText
            }
        }
        let message = try #require(result, "\(refusal.name): no answer within 60 s")
        #expect(message?.contains(refusal.reason) == true, "\(refusal.name): \(String(describing: message))")
        #expect(message?.hasPrefix("bomb/plugin.yaml") == true, "\(refusal.name): \(String(describing: message))")
    }
}
