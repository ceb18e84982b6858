import Foundation
import PluginHost
import Testing

/// The host grants exactly the capabilities plugin.yaml declares.
@Suite struct CapabilityTests {
    struct Refusal: CustomTestStringConvertible, Sendable {
        let name: String
        let code: String
        let message: String
        var testDescription: String { name }
    }

    static let refusals: [Refusal] = [
        Refusal(
            name: "http to an undeclared host", code: "return exo.http.request{ url = 'https://api.other.org/x' }",
            message: "exo.http.request: https://api.other.org:443 is not in capability http of plugin.yaml"),
        Refusal(
            name: "http to a declared host on another port", code: "return exo.http.request{ url = 'https://allowed.example.org:8443/' }",
            message: "is not in capability http"),
        Refusal(
            name: "http over plain http to a declared https host", code: "return exo.http.request{ url = 'http://allowed.example.org/' }",
            message: "is not in capability http"),
        Refusal(
            name: "an undeclared secret", code: "return exo.secrets.get('aws_key')",
            message: "exo.secrets.get: secret \"aws_key\" is not in capability secrets of plugin.yaml"),
        Refusal(
            name: "an undeclared view", code: "return exo.clouds.get()",
            message: "exo.clouds.get: capability views: clouds is not declared in plugin.yaml"),
    ]

    @Test(arguments: refusals)
    func undeclaredCapabilityIsRefused(_ refusal: Refusal) async throws {
        let runtime = try await TestPlugins.sandbox()
        let error = await #expect(throws: PluginError.self) { try await runtime.evaluate(refusal.code) }
        #expect(error?.luaFailure?.message.contains(refusal.message) == true, "\(String(describing: error))")
    }

    @Test(arguments: [
        ("exo.ui.add_page{ id = 'p', title = 'P', render = function() end }", "capability ui: dashboard_page is not declared"),
        ("exo.providers.register{ id = 'ec2' }", "provider \"ec2\" is not in capability providers"),
        ("exo.launch.add_cloud_init_part{ id = 'x', render = function() end }", "capability ui: launch_extra is not declared"),
    ])
    func undeclaredRegistrationIsRefusedAtLoad(code: String, message: String) async throws {
        let copy = try TestPlugins.copy("sandbox")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        try code.write(toFile: copy.folder + "/init.lua", atomically: true, encoding: .utf8)
        let error = await #expect(throws: PluginError.self) {
            try await PluginLoader.load(folder: copy.folder, environment: TestPlugins.environment())
        }
        #expect(error?.luaFailure?.message.contains(message) == true, "\(String(describing: error))")
    }

    @Test func declaredSecretIsGiven() async throws {
        let runtime = try await TestPlugins.sandbox()
        #expect(try await runtime.evaluate("return exo.secrets.get('token')") == [.text("s3cret")])
    }

    @Test func waitingFunctionsAreRefusedOutsideTheirContext() async throws {
        let runtime = try await TestPlugins.sandbox()
        let error = await #expect(throws: PluginError.self) {
            try await runtime.evaluate("return exo.http.request{ url = 'https://allowed.example.org/' }", context: .render)
        }
        #expect(error?.luaFailure?.message.contains("cannot be called in the render context (allowed: handler, provider)") == true)
    }

    @Test func registrationIsRefusedAfterLoad() async throws {
        let runtime = try await TestPlugins.sandbox()
        let error = await #expect(throws: PluginError.self) {
            try await runtime.evaluate("exo.on('instance.launched', function() end)")
        }
        #expect(error?.luaFailure?.message.contains("exo.on: cannot be called in the handler context (allowed: load)") == true)
    }
}
