import Foundation
import Localization
public import Logging
import Secrets
import Yams

/// The outcome of one `it(...)` in a plugin's `tests/*_spec.lua`.
public struct PluginTestResult: Sendable, Hashable {
    /// The spec file, relative to the plugin folder.
    public let file: String
    /// The test's name, with its `describe` prefixes.
    public let name: String
    /// Why it failed; `nil` when it passed.
    public let failure: String?
}

/// Runs a plugin's own Lua tests against a fake host (`exosphere plugin test PATH`).
///
/// Each `tests/NAME_spec.lua` gets a fresh copy of the plugin with: settings from
/// `tests/settings.yaml` (else the defaults), every declared secret set to `test-<name>`, HTTP
/// answered from the recordings in `tests/fixtures/NAME/*.json` when that folder exists (else the
/// shared `tests/fixtures/*.json`), and the views (`exo.<view>.get`) from
/// `tests/fixtures/NAME/views.yaml`, else `tests/views.yaml`. The spec defines tests with
/// `describe`/`it` and checks with `expect(x).to_equal(y)`; `host.emit`, `host.render_card`,
/// `host.render_page`, `host.run_action` and `host.cloud_init_part` drive the plugin.
public enum PluginTestRunner {
    /// Runs every spec of the plugin in `folder`.
    public static func run(folder: String, logger: Logger = Logger(label: "exosphere.plugins")) async throws(PluginError) -> [PluginTestResult] {
        let manifest = try PluginManifest.load(folder: folder)
        let testsFolder = (folder as NSString).appendingPathComponent("tests")
        let specs = ((try? FileManager.default.contentsOfDirectory(atPath: testsFolder)) ?? []).filter { $0.hasSuffix("_spec.lua") }.sorted()
        let settings = try settings(in: testsFolder)
        var results: [PluginTestResult] = []
        for spec in specs {
            let file = "tests/" + spec
            let paths = fixturePaths(for: spec, in: testsFolder)
            let transport = try FixtureTransport(folder: paths.recordings)
            let views = try PluginTestViews.load(path: paths.views)
            let secrets = FixedSecretStore(Dictionary(uniqueKeysWithValues: manifest.capabilities.secrets.map { ($0, Secret("test-\($0)")) }))
            let environment = PluginEnvironment(transport: transport, secrets: secrets, locale: nil, logger: logger)
            do {
                let runtime = try await PluginLoader.load(folder: folder, settings: settings, environment: environment)
                await runtime.update(views: views)
                results += try await runSpec(file, runtime: runtime, transport: transport)
            } catch {
                results.append(PluginTestResult(file: file, name: "(loading the plugin)", failure: error.message.sourceText))
            }
        }
        return results
    }

    /// The recordings folder and views file of `spec` (`NAME_spec.lua`): its own under
    /// `fixtures/NAME/` when present, else the shared ones.
    private static func fixturePaths(for spec: String, in testsFolder: String) -> (recordings: String, views: String) {
        let tests = testsFolder as NSString
        let own = tests.appendingPathComponent("fixtures/" + spec.dropLast("_spec.lua".count)) as NSString
        var isFolder: ObjCBool = false
        let hasOwnFolder = FileManager.default.fileExists(atPath: own as String, isDirectory: &isFolder) && isFolder.boolValue
        let ownViews = own.appendingPathComponent("views.yaml")
        return (
            hasOwnFolder ? own as String : tests.appendingPathComponent("fixtures"),
            FileManager.default.fileExists(atPath: ownViews) ? ownViews : tests.appendingPathComponent("views.yaml")
        )
    }

    private static func runSpec(_ file: String, runtime: PluginRuntime, transport: FixtureTransport) async throws(PluginError) -> [PluginTestResult] {
        guard let source = PluginFiles.text(file, in: runtime.folder) else { return [] }
        try await runtime.installTestHelper(PluginTestHelper.source)
        _ = try await runtime.evaluate(source, name: "@" + file)
        let outcome = try await runtime.evaluate("return _exo_run_tests()", name: "=tests")
        var results: [PluginTestResult] = []
        for item in (outcome.first ?? .nil).listItems {
            let failure: String? = item["ok"] == .boolean(true) ? nil : (item["message"].text ?? "failed")
            results.append(PluginTestResult(file: file, name: item["name"].text ?? "?", failure: failure))
        }
        for problem in transport.problems {
            results.append(PluginTestResult(file: file, name: "(HTTP fixtures)", failure: problem))
        }
        return results
    }

    private static func settings(in testsFolder: String) throws(PluginError) -> [String: PluginConfigValue] {
        let path = (testsFolder as NSString).appendingPathComponent("settings.yaml")
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        guard let node = try? Yams.compose(yaml: text), case .map(let fields)? = YAMLValue.configValue(node) else {
            throw .manifestUnreadable(path: path, reason: "it is not a YAML map of settings")
        }
        return fields
    }
}

extension PluginRuntime {
    /// Runs the test helper with access to the private host functions.
    func installTestHelper(_ source: String) async throws(PluginError) {
        _ = try await evaluate(source, name: "=test-helper", context: .handler, passHostTable: true)
    }
}
