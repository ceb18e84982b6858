import Foundation
import Localization
import Logging
import PluginHost
import Secrets
import Synchronization
import Testing

/// What one plugin may reach: its own secrets, the paths and addresses its manifest names, and
/// log lines that are its own.
@Suite struct PluginBoundaryTests {
    // MARK: Secrets

    @Test func secretVariablesOfTwoPluginsNeverCoincide() {
        // With one "_" between plugin and name, both of these were EXOSPHERE_PLUGIN_A_B_C.
        let first = EnvironmentSecretStore.variable(named: "c", plugin: "a-b")
        let second = EnvironmentSecretStore.variable(named: "b_c", plugin: "a")
        #expect(first == "EXOSPHERE_PLUGIN_A_B__C")
        #expect(second == "EXOSPHERE_PLUGIN_A__B_C")
        let store = EnvironmentSecretStore(variables: [first: "for a-b", "EXOSPHERE_PLUGIN_A_B_C": "old form"])
        #expect(store.secret(named: "c", plugin: "a-b")?.revealed == "for a-b")
        #expect(store.secret(named: "b_c", plugin: "a") == nil)
    }

    @Test func aMissingSecretSaysWhichVariableToSet() async throws {
        var environment = TestPlugins.environment()
        environment.secrets = EnvironmentSecretStore(variables: [:])
        let runtime = try await PluginLoader.load(folder: TestPlugins.folder("sandbox"), environment: environment)
        let answer = try await runtime.evaluate("local value, err = exo.secrets.get('token'); return err.code, err.message")
        #expect(answer.first == .text("secret.missing"))
        #expect(answer.last?.text?.contains("EXOSPHERE_PLUGIN_SANDBOX__TOKEN") == true)
    }

    // MARK: HTTP paths

    static func ticketPlugin(transport: any PluginHTTPTransport) async throws -> PluginRuntime {
        try await PluginLoader.load(
            folder: BundledPluginSpecs.repository.appendingPathComponent("Plugins/support-tickets").path,
            settings: ["endpoint": .string("https://help.example.org/api")], environment: TestPlugins.environment(transport: transport))
    }

    @Test(arguments: [
        "https://help.example.org/api/../admin", "https://help.example.org/api/%2e%2e/admin", "https://help.example.org/api/.%2E/admin",
        "https://help.example.org/api/./tickets", "https://help.example.org/api%2F..%2Fadmin", "https://help.example.org/api/x%2fy",
        "https://help.example.org/api/x%5C..%5Cadmin",
    ])
    func aPathThatCouldLeaveTheAllowedPrefixIsRefused(url: String) async throws {
        let runtime = try await Self.ticketPlugin(transport: FixtureTransport([]))
        let answer = try await runtime.evaluate("return select(2, pcall(exo.http.request, { url = '\(url)' }))")
        #expect(answer.first?.text?.contains("has a . or .. segment or an encoded / or \\ in its path") == true, "\(answer)")
    }

    @Test func aPathUnderTheAllowedPrefixIsSent() async throws {
        let transport = FixtureTransport([
            .init(method: "GET", url: "https://help.example.org/api/tickets/..x", response: PluginHTTPResponse(status: 200))
        ])
        let runtime = try await Self.ticketPlugin(transport: transport)
        let status = try await runtime.evaluate("return exo.http.request{ url = 'https://help.example.org/api/tickets/..x' }.status")
        #expect(status == [.integer(200)])
    }

    @Test func aManifestOriginWithDotSegmentsIsRefusedAtLoad() throws {
        let valid = try String(contentsOfFile: TestPlugins.fixtures + "/manifests/valid.yaml", encoding: .utf8)
        let text = valid.replacingOccurrences(of: "https://support.example.edu\"", with: "https://support.example.edu/api/..\"")
        #expect(text != valid)
        #expect(throws: PluginError.self) { try PluginManifest.parse(text, path: "plugin.yaml") }
    }

    // MARK: HTTP addresses

    /// Records the host names it was asked to look up and answers `addresses` for each.
    final class LookUp: Sendable {
        let addresses: [String]
        let asked = Mutex<[String]>([])
        init(_ addresses: [String]) { self.addresses = addresses }
        @Sendable func callAsFunction(_ host: String) async -> [String] {
            asked.withLock { $0.append(host) }
            return addresses
        }
    }

    @Test(arguments: [["169.254.169.254"], ["10.0.0.5"], ["203.0.113.9", "127.0.0.1"], ["fe80::1"], ["::ffff:192.168.1.1"], []])
    func aNamedOriginThatResolvesToAPrivateAddressIsNotCalled(addresses: [String]) async throws {
        let lookUp = LookUp(addresses)
        let runtime = try await TestPlugins.sandbox(transport: HTTPClientPluginTransport(lookUp: { await lookUp($0) }))
        let answer = try await runtime.evaluate(
            "local response, err = exo.http.request{ url = 'https://allowed.example.org/x', timeout = 2 }; return err.code, err.message")
        #expect(answer.first == .text("http.refused"), "\(answer)")
        #expect(answer.last?.text?.contains(addresses.isEmpty ? "could not be found" : "on a private network") == true, "\(answer)")
        #expect(lookUp.asked.withLock { $0 } == ["allowed.example.org"])
    }

    @Test func aManifestOriginThatIsAPrivateAddressMayBeCalled() async throws {
        let copy = try TestPlugins.copy("sandbox")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        let manifest = copy.folder + "/plugin.yaml"
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        try text.replacingOccurrences(of: "http: [https://allowed.example.org]", with: "http: [\"http://127.0.0.1:9\"]")
            .write(toFile: manifest, atomically: true, encoding: .utf8)
        let lookUp = LookUp(["127.0.0.1"])
        var environment = TestPlugins.environment(transport: HTTPClientPluginTransport(lookUp: { await lookUp($0) }))
        environment.limits.hostCallTimeout = .seconds(5)
        let runtime = try await PluginLoader.load(folder: copy.folder, environment: environment)
        let answer = try await runtime.evaluate("local response, err = exo.http.request{ url = 'http://127.0.0.1:9/hook' }; return err.code")
        // Sent (nothing listens on port 9, so it fails, or on a busy machine runs out of time),
        // never refused unsent, and its address never looked up.
        #expect(answer != [.text("http.refused")])
        #expect(answer.first?.text?.hasPrefix("http.") == true || answer.first?.text == "host.timeout", "\(answer)")
        #expect(lookUp.asked.withLock { $0 }.isEmpty)
    }

    @Test func theOperatorsURLSettingMayNameAPrivateHost() async throws {
        let lookUp = LookUp(["10.1.2.3"])
        let runtime = try await PluginLoader.load(
            folder: BundledPluginSpecs.repository.appendingPathComponent("Plugins/support-tickets").path,
            settings: ["endpoint": .string("http://helpdesk.internal.example.edu:9")],
            environment: TestPlugins.environment(transport: HTTPClientPluginTransport(lookUp: { await lookUp($0) })))
        let answer = try await runtime.evaluate(
            "local response, err = exo.http.request{ url = 'http://helpdesk.internal.example.edu:9/x', timeout = 2 }; return err.code")
        #expect(answer != [.text("http.refused")])
        #expect(lookUp.asked.withLock { $0 }.isEmpty)
    }

    // MARK: Logs

    /// The lines logged, shared by every copy of ``Recorder``.
    final class Lines: Sendable {
        let lines = Mutex<[(message: String, metadata: Logger.Metadata)]>([])
    }

    /// Keeps each line with the metadata a handler would print: its own, then the line's on top.
    struct Recorder: LogHandler {
        let store: Lines
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            store.lines.withLock { $0.append((event.message.description, metadata.merging(event.metadata ?? [:]) { $1 })) }
        }
    }

    @Test func aPluginsLogLineCannotPoseAsAnotherPluginOrForgeALine() async throws {
        let lines = Lines()
        var environment = TestPlugins.environment()
        environment.logger = Logger(label: "exosphere.plugins") { _ in Recorder(store: lines) }
        let runtime = try await PluginLoader.load(folder: TestPlugins.folder("sandbox"), environment: environment)
        _ = try await runtime.evaluate(
            "exo.log.error('ok\\n2026-12-07 error plugin=allocation-dashboard: forged', { plugin = 'allocation-dashboard', plugin_level = 'debug', note = 'a\\27[2Jb' })")
        let line = try #require(lines.lines.withLock { $0 }.last)
        #expect(line.metadata["plugin"] == .string("sandbox"))
        #expect(line.metadata["plugin_level"] == .string("error"))
        #expect(!line.message.contains("\n"))
        #expect(line.message.hasPrefix("ok\\x0a2026-12-07"))
        guard case .dictionary(let fields)? = line.metadata["fields"] else {
            Issue.record("expected the plugin's fields under one key, got \(line.metadata)")
            return
        }
        #expect(fields["plugin"] == .string("allocation-dashboard"))
        #expect(fields["note"] == .string("a\\x1b[2Jb"))
    }

    // MARK: Config

    @Test func aSecretSettingsValueIsNeverQuotedInAnError() throws {
        let valid = try String(contentsOfFile: TestPlugins.fixtures + "/manifests/valid.yaml", encoding: .utf8)
        let text = valid.replacingOccurrences(
            of: "endpoint: { type: url, required: true,", with: "endpoint: { type: url, required: true, secret: true,")
        #expect(text != valid)
        let manifest = try PluginManifest.parse(text, path: "plugin.yaml")
        for value in [PluginConfigValue.string("hunter2-not-a-url"), .integer(424_242)] {
            let error = #expect(throws: PluginError.self) { try manifest.resolveConfig(["endpoint": value]) }
            let message = error?.message.sourceText ?? ""
            #expect(message.contains("not shown"), "\(message)")
            #expect(!message.contains("hunter2") && !message.contains("424242"), "\(message)")
        }
        let plain = try PluginManifest.parse(valid, path: "plugin.yaml")
        let error = #expect(throws: PluginError.self) { try plain.resolveConfig(["endpoint": .string("not-a-url")]) }
        #expect(error?.message.sourceText.contains("\"not-a-url\"") == true)
    }
}
