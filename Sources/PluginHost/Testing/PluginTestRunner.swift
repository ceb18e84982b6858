import CloudConfig
import Foundation
import Localization
public import Logging
import Secrets

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
        let shared = try settings(at: (testsFolder as NSString).appendingPathComponent("settings.yaml"))
        var results: [PluginTestResult] = []
        for spec in specs {
            let file = "tests/" + spec
            let paths = fixturePaths(for: spec, in: testsFolder)
            let transport = try FixtureTransport(folder: paths.recordings)
            let views = try PluginTestViews.load(path: paths.views)
            let settings = try paths.settings.map { path throws(PluginError) in try Self.settings(at: path) } ?? shared
            let secrets = FixedSecretStore(Dictionary(uniqueKeysWithValues: manifest.capabilities.secrets.map { ($0, Secret("test-\($0)")) }))
            let environment = PluginEnvironment(transport: transport, secrets: secrets, locale: nil, logger: logger)
            // Each `it` runs in a plugin loaded afresh (globals, registrations and store as after
            // init.lua); the spec's recordings replay across its `it`s in order.
            let load = { () async throws(PluginError) -> PluginRuntime in
                let runtime = try await PluginLoader.load(folder: folder, settings: settings, environment: environment)
                await runtime.update(views: views)
                return runtime
            }
            do {
                results += try await runSpec(file, load: load, transport: transport)
            } catch {
                results.append(PluginTestResult(file: file, name: "(loading the plugin)", failure: error.message.sourceText))
            }
        }
        return results
    }

    /// The recordings folder, views file and settings file of `spec` (`NAME_spec.lua`): its own
    /// under `fixtures/NAME/` when present, else the shared ones (`nil` settings: the shared).
    private static func fixturePaths(for spec: String, in testsFolder: String) -> (recordings: String, views: String, settings: String?) {
        let tests = testsFolder as NSString
        let own = tests.appendingPathComponent("fixtures/" + spec.dropLast("_spec.lua".count)) as NSString
        var isFolder: ObjCBool = false
        let hasOwnFolder = FileManager.default.fileExists(atPath: own as String, isDirectory: &isFolder) && isFolder.boolValue
        let ownViews = own.appendingPathComponent("views.yaml")
        let ownSettings = own.appendingPathComponent("settings.yaml")
        return (
            hasOwnFolder ? own as String : tests.appendingPathComponent("fixtures"),
            FileManager.default.fileExists(atPath: ownViews) ? ownViews : tests.appendingPathComponent("views.yaml"),
            FileManager.default.fileExists(atPath: ownSettings) ? ownSettings : nil
        )
    }

    private static func runSpec(
        _ file: String, load: () async throws(PluginError) -> PluginRuntime, transport: FixtureTransport
    ) async throws(PluginError) -> [PluginTestResult] {
        let first = try await load()
        guard let source = PluginFiles.text(file, in: first.folder) else { return [] }
        let names = try await prepare(first, spec: source, file: file)
        var results: [PluginTestResult] = []
        for index in names.indices {
            let runtime = index == 0 ? first : try await load()
            if index > 0 { _ = try await prepare(runtime, spec: source, file: file) }
            let item = (try await runtime.evaluate("return _exo_run_test(\(index + 1))", name: "=tests")).first ?? .nil
            let failure: String? = item["ok"] == .boolean(true) ? nil : (item["message"].text ?? "failed")
            results.append(PluginTestResult(file: file, name: item["name"].text ?? names[index], failure: failure))
        }
        for problem in transport.problems {
            results.append(PluginTestResult(file: file, name: "(HTTP fixtures)", failure: problem))
        }
        return results
    }

    /// Loads the helper and the spec into `runtime`; the names of the spec's tests.
    private static func prepare(_ runtime: PluginRuntime, spec source: String, file: String) async throws(PluginError) -> [String] {
        try await runtime.installTestHelper(PluginTestHelper.source)
        _ = try await runtime.evaluate(source, name: "@" + file)
        return (try await runtime.evaluate("return _exo_test_names()", name: "=tests").first ?? .nil).listItems.map { $0.text ?? "?" }
    }

    private static func settings(at path: String) throws(PluginError) -> [String: PluginConfigValue] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        let node: ConfigNode?
        do {
            node = try ConfigNode.read(file: path, limits: .pluginFile)
        } catch {
            throw .invalidYAML(error)
        }
        guard case .map(let fields)? = node?.pluginValue else {
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
