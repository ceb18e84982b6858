import CloudConfig
import Foundation
import Localization
import PluginHost
import Testing

/// Issue 18: manifests are read with the YAML reader that keeps lines and columns, so every
/// manifest error says where in plugin.yaml to look.
@Suite struct ManifestLocationTests {
    /// The 1-based line and column of the first `needle` in `text`.
    static func position(of needle: String, in text: String) -> (line: Int, column: Int)? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: needle) {
                return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }

    @Test("a config field with an unknown type names the line and column of that type")
    func badValueNamesItsPlace() throws {
        let text = ManifestTests.valid.replacingOccurrences(of: "type: integer, default: 2,", with: "type: counter, default: 2,")
        let expected = try #require(Self.position(of: "counter", in: text))
        let error = try #require(throws: PluginError.self) { try PluginManifest.parse(text, path: "support-tickets/plugin.yaml") }
        guard case .invalidManifest(let location, "config.retries.type", _) = error else {
            Issue.record("expected invalidManifest for config.retries.type, got \(error)")
            return
        }
        #expect(location == .file("support-tickets/plugin.yaml", line: expected.line, column: expected.column))
        #expect(
            error.message.sourceText.hasPrefix(
                "support-tickets/plugin.yaml:\(expected.line):\(expected.column): config.retries.type: \"counter\" is not one of"))
    }

    @Test("a capability that is not a list names the line and column of its value")
    func capabilityNamesItsPlace() throws {
        let text = ManifestTests.valid.replacingOccurrences(of: "secrets: [zendesk_token]", with: "secrets: zendesk_token")
        let expected = try #require(Self.position(of: "zendesk_token", in: text))
        let error = try #require(throws: PluginError.self) { try PluginManifest.parse(text, path: "plugin.yaml") }
        #expect(error == .invalidManifest(.file("plugin.yaml", line: expected.line, column: expected.column), field: "capabilities.secrets", problem: "expected a list"))
    }

    @Test("a manifest that is not valid YAML names the line and column the parser stopped at")
    func syntaxErrorNamesItsPlace() throws {
        let text = ManifestTests.valid.replacingOccurrences(of: "version: 0.3.0", with: "version: [0.3.0")
        let error = try #require(throws: PluginError.self) { try PluginManifest.parse(text, path: "plugin.yaml") }
        guard case .invalidYAML(let yaml) = error, case .invalidSyntax(let location, _) = yaml else {
            Issue.record("expected invalidYAML(invalidSyntax), got \(error)")
            return
        }
        let line = try #require(location.line)
        let column = try #require(location.column)
        #expect(error.message.sourceText.hasPrefix("plugin.yaml:\(line):\(column): this is not valid YAML:"))
        #expect(error.recovery?.sourceText.contains("line and column") == true)
    }
}
