import Foundation
import Localization
import PluginHost
import Testing

/// plugin.yaml and operator settings are checked before any Lua runs; errors name the field.
@Suite struct ManifestTests {
    static var valid: String {
        (try? String(contentsOfFile: TestPlugins.fixtures + "/manifests/valid.yaml", encoding: .utf8)) ?? ""
    }

    @Test func validManifestIsRead() throws {
        let manifest = try PluginManifest.parse(Self.valid, path: "plugin.yaml")
        #expect(manifest.id == "support-tickets")
        #expect(manifest.version == SemanticVersion(0, 3, 0))
        #expect(manifest.capabilities.http == ["https://support.example.edu"])
        #expect(manifest.config.map(\.name) == ["endpoint", "attach_console_log", "priority", "retries", "queue"])
        #expect(manifest.config[2].defaultValue == .string("normal"))
    }

    @Test(arguments: [
        ("id: support-tickets", "id: Support_Tickets", "id"),
        ("version: 0.3.0", "version: three", "version"),
        ("api: \">=1.0, <2.0\"", "api: soon", "api"),
        ("author: Example University RC", "", "author"),
        ("license: MIT", "licence: MIT", "licence"),
        ("  ui: [instance_action, dashboard_card]", "  ui: [popup]", "capabilities.ui"),
        ("  secrets: [zendesk_token]", "  filesystem: [/etc]", "capabilities.filesystem"),
        // Secret names are [a-z0-9_]: "-" would map to the "_" another plugin's variable uses.
        ("  secrets: [zendesk_token]", "  secrets: [zendesk-token]", "capabilities.secrets"),
        ("  secrets: [zendesk_token]", "  secrets: [Zendesk_Token]", "capabilities.secrets"),
        ("  secrets: [zendesk_token]", "  secrets: [\"\"]", "capabilities.secrets"),
        ("  http: [\"https://support.example.edu\"]", "  http: [\"ftp://files.example.edu\"]", "capabilities.http"),
        ("type: url, required: true, description: \"Base URL of the ticket API.\"", "type: url, required: true", "config.endpoint.description"),
        ("type: enum, values: [low, normal, high], default: normal", "type: enum, values: [low, high], default: normal", "config.priority.default"),
        ("type: integer, default: 2,", "type: int, default: 2,", "config.retries.type"),
        ("between: [0, 5]", "between: [5]", "config.retries.between"),
        ("pattern: \"[a-z]+\"", "pattern: \"[a-z\"", "config.queue.pattern"),
    ])
    func invalidManifestNamesTheField(original: String, replacement: String, field: String) throws {
        let text = Self.valid.replacingOccurrences(of: original, with: replacement)
        #expect(text != Self.valid)
        let error = #expect(throws: PluginError.self) { try PluginManifest.parse(text, path: "plugin.yaml") }
        guard case .invalidManifest(_, let named, _)? = error else {
            Issue.record("expected invalidManifest, got \(String(describing: error))")
            return
        }
        #expect(named == field)
        // The message starts with the line and column of the value at fault, as compilers print it.
        let message = error?.message.sourceText ?? ""
        #expect(message.prefixMatch(of: #/plugin\.yaml:\d+:\d+: /#) != nil, "\(message)")
        #expect(message.contains(": \(field): "), "\(message)")
    }

    @Test(arguments: [
        (["endpoint": PluginConfigValue.string("not a url")], "plugins.support-tickets.config.endpoint", "expected an http or https URL"),
        ([:], "plugins.support-tickets.config.endpoint", "is required"),
        (["endpoint": .string("https://x.org"), "priority": .string("urgent")], "plugins.support-tickets.config.priority", "expected one of low, normal, high"),
        (["endpoint": .string("https://x.org"), "retries": .integer(9)], "plugins.support-tickets.config.retries", "must be between 0 and 5"),
        (["endpoint": .string("https://x.org"), "retries": .string("two")], "plugins.support-tickets.config.retries", "expected a whole number, got text"),
        (["endpoint": .string("https://x.org"), "queue": .string("Q1")], "plugins.support-tickets.config.queue", "does not match the pattern"),
        (["endpoint": .string("https://x.org"), "priorty": .string("low")], "plugins.support-tickets.config.priorty", "unknown setting"),
    ])
    func invalidConfigNamesTheField(settings: [String: PluginConfigValue], field: String, problem: String) throws {
        let manifest = try PluginManifest.parse(Self.valid, path: "plugin.yaml")
        let error = #expect(throws: PluginError.self) { try manifest.resolveConfig(settings) }
        guard case .invalidConfig(_, let named, let reason)? = error else {
            Issue.record("expected invalidConfig, got \(String(describing: error))")
            return
        }
        #expect(named == field)
        #expect(reason.contains(problem), "\(reason)")
    }

    @Test func defaultsFillUnsetSettings() throws {
        let manifest = try PluginManifest.parse(Self.valid, path: "plugin.yaml")
        let config = try manifest.resolveConfig(["endpoint": .string("https://support.example.edu")])
        #expect(config["priority"] == .string("normal"))
        #expect(config["attach_console_log"] == .boolean(true))
        #expect(config["queue"] == nil)
    }

    @Test func apiMismatchIsRefusedAtLoadWithAClearMessage() async throws {
        let error = await #expect(throws: PluginError.self) {
            try await PluginLoader.load(folder: TestPlugins.folder("api-mismatch"), environment: TestPlugins.environment())
        }
        #expect(error == .unsupportedAPI(plugin: "api-mismatch", required: ">=2.0, <3.0", host: "1.3.0"))
        #expect(error?.message.sourceText == "Plugin api-mismatch needs host API >=2.0, <3.0, but this Exosphere provides host API 1.3.0.")
    }

    @Test(arguments: [
        (">=1.0, <2.0", "1.0.0", true), (">=1.0, <2.0", "1.9.3", true), (">=1.0, <2.0", "2.0.0", false),
        ("^1.2", "1.1.0", false), ("^1.2", "1.7.0", true), ("^1.2", "2.0.0", false), ("=1.0.0", "1.0.1", false),
    ])
    func versionRanges(range: String, version: String, contained: Bool) throws {
        let parsed = try #require(VersionRange(parsing: range))
        let semantic = try #require(SemanticVersion(parsing: version))
        #expect(parsed.contains(semantic) == contained)
    }

    @Test func folderMustMatchTheID() throws {
        let copy = try TestPlugins.copy("sandbox")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        let renamed = copy.root + "/other-name"
        try FileManager.default.moveItem(atPath: copy.folder, toPath: renamed)
        let error = #expect(throws: PluginError.self) { try PluginManifest.load(folder: renamed) }
        guard case .invalidManifest(_, "id", _)? = error else {
            Issue.record("expected an id error, got \(String(describing: error))")
            return
        }
    }
}
