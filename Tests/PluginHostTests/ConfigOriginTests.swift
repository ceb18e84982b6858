import Foundation
import PluginHost
import Testing

/// `capabilities.http: ["config:<setting>"]` grants the origin of a url setting, as the operator sets it.
@Suite struct ConfigOriginTests {
    static var valid: String {
        (try? String(contentsOfFile: TestPlugins.fixtures + "/manifests/valid.yaml", encoding: .utf8)) ?? ""
    }

    static func manifest(http entry: String) -> String {
        valid.replacingOccurrences(of: "  http: [\"https://support.example.edu\"]", with: "  http: [\"\(entry)\"]")
    }

    @Test func urlSettingIsAccepted() throws {
        let manifest = try PluginManifest.parse(Self.manifest(http: "config:endpoint"), path: "plugin.yaml")
        #expect(manifest.capabilities.http == ["config:endpoint"])
    }

    @Test(arguments: ["config:missing", "config:priority"])
    func entryMustNameAURLSetting(entry: String) throws {
        let error = #expect(throws: PluginError.self) { try PluginManifest.parse(Self.manifest(http: entry), path: "plugin.yaml") }
        guard case .invalidManifest(_, let field, let problem)? = error else {
            Issue.record("expected invalidManifest, got \(String(describing: error))")
            return
        }
        #expect(field == "capabilities.http")
        #expect(problem.contains(entry))
    }

    @Test func grantsOnlyTheConfiguredOrigin() async throws {
        let transport = FixtureTransport([
            .init(method: "GET", url: "https://help.example.org/api/ping", response: PluginHTTPResponse(status: 200))
        ])
        let runtime = try await PluginLoader.load(
            folder: BundledPluginSpecs.repository.appendingPathComponent("Plugins/support-tickets").path,
            settings: ["endpoint": .string("https://help.example.org")],
            environment: TestPlugins.environment(transport: transport))
        let allowed = try await runtime.evaluate("return exo.http.request{ url = 'https://help.example.org/api/ping' }.status")
        #expect(allowed == [.integer(200)])
        let refused = try await runtime.evaluate(
            "return select(2, pcall(exo.http.request, { url = 'https://support.example.edu/api/ping' }))")
        #expect(refused.first?.text?.contains("is not in capability http") == true)
    }
}
