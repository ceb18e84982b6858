import Foundation
import PluginHost
import Testing

/// `exosphere plugin test`: a plugin's own Lua specs against a fake host with HTTP fixtures.
@Suite struct PluginTestRunnerTests {
    @Test func specsPassAgainstRecordedFixtures() async throws {
        let results = try await PluginTestRunner.run(folder: TestPlugins.folder("ticket-demo"))
        #expect(results.map(\.name) == ["get-help files a ticket and returns its id", "get-help refuses an undeclared host"])
        #expect(results.allSatisfy { $0.failure == nil }, "\(results)")
    }

    @Test func failingExpectationIsReportedWithExpectedAndGot() async throws {
        let copy = try TestPlugins.copy("ticket-demo")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        let spec = copy.folder + "/tests/ticket_spec.lua"
        let text = try String(contentsOfFile: spec, encoding: .utf8).replacingOccurrences(of: "to_equal(4711)", with: "to_equal(1)")
        try text.write(toFile: spec, atomically: true, encoding: .utf8)
        let results = try await PluginTestRunner.run(folder: copy.folder)
        let failure = try #require(results.first?.failure)
        #expect(failure.contains("expected 1, got 4711"), "\(failure)")
    }

    @Test func unexpectedRequestIsReported() async throws {
        let copy = try TestPlugins.copy("ticket-demo")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        try "endpoint: https://support.example.edu/api/v2\n".write(
            toFile: copy.folder + "/tests/settings.yaml", atomically: true, encoding: .utf8)
        let results = try await PluginTestRunner.run(folder: copy.folder)
        let problems = results.filter { $0.name == "(HTTP fixtures)" }.compactMap(\.failure)
        #expect(problems.contains("request 1: expected POST https://support.example.edu/api/tickets, got POST https://support.example.edu/api/v2/tickets"))
    }

    @Test func scaffoldedPluginPassesItsOwnTest() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("exo-new-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = try PluginScaffold.create(id: "my-card", in: root)
        let results = try await PluginTestRunner.run(folder: folder)
        #expect(results.count == 1)
        #expect(results.first?.failure == nil, "\(results)")
        #expect(throws: PluginError.invalidPluginName(name: "My Card")) { try PluginScaffold.create(id: "My Card", in: root) }
    }
}

/// A spec's own HTTP recordings and views (`tests/fixtures/NAME/`), beside the shared ones.
@Suite struct PluginTestRunnerFixtureTests {
    /// ticket-demo with a second spec, `second_spec.lua`, whose recordings and views live in
    /// `tests/fixtures/second/`; the first spec keeps the shared `tests/fixtures/*.json`.
    static func twoSpecs() throws -> (root: String, folder: String) {
        let copy = try TestPlugins.copy("ticket-demo")
        let manifest = copy.folder + "/plugin.yaml"
        let yaml = try String(contentsOfFile: manifest, encoding: .utf8)
            .replacingOccurrences(of: "  ui: [instance_action]", with: "  ui: [instance_action]\n  views: [instances, usage]")
        try yaml.write(toFile: manifest, atomically: true, encoding: .utf8)
        let own = copy.folder + "/tests/fixtures/second"
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
        try """
            [{ "request": { "method": "POST", "url": "https://support.example.edu/api/tickets" },
               "response": { "status": 201, "json": { "id": 99 } } }]
            """.write(toFile: own + "/tickets.json", atomically: true, encoding: .utf8)
        try """
            instances:
              - { id: i-1, name: web-1, cloud: js2, project: bio101, status: ACTIVE }
            usage:
              - { cloud: js2, project: bio101, period_start: "2026-01-01T00:00:00Z", vcpu_hours: 12.5 }
            """.write(toFile: own + "/views.yaml", atomically: true, encoding: .utf8)
        try """
            describe("second", function()
              it("gets its own recording", function()
                expect(host.run_action("get-help", { name = "web-1" })).to_equal(99)
              end)
              it("reads its own views as text", function()
                expect(exo.instances.get()[1].name).to_equal("web-1")
                expect(exo.usage.get({ project = "bio101" })[1].vcpu_hours).to_equal("12.5")
                expect(exo.usage.get()[1].period_start).to_equal("2026-01-01T00:00:00Z")
              end)
            end)
            """.write(toFile: copy.folder + "/tests/second_spec.lua", atomically: true, encoding: .utf8)
        return copy
    }

    @Test func eachSpecReplaysItsOwnRecordingsAndReadsItsOwnViews() async throws {
        let copy = try Self.twoSpecs()
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        let results = try await PluginTestRunner.run(folder: copy.folder)
        #expect(results.map(\.file) == ["tests/second_spec.lua", "tests/second_spec.lua", "tests/ticket_spec.lua", "tests/ticket_spec.lua"])
        #expect(results.allSatisfy { $0.failure == nil }, "\(results)")
    }

    @Test func sharedViewsServeSpecsWithoutTheirOwn() async throws {
        let copy = try Self.twoSpecs()
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        try FileManager.default.moveItem(
            atPath: copy.folder + "/tests/fixtures/second/views.yaml", toPath: copy.folder + "/tests/views.yaml")
        try """
            describe("first", function()
              it("files a ticket", function() expect(host.run_action("get-help", { name = "a" })).to_equal(4711) end)
              it("sees the shared views", function() expect(#exo.instances.get()).to_equal(1) end)
            end)
            """.write(toFile: copy.folder + "/tests/ticket_spec.lua", atomically: true, encoding: .utf8)
        let results = try await PluginTestRunner.run(folder: copy.folder)
        #expect(results.allSatisfy { $0.failure == nil }, "\(results)")
        #expect(results.count == 4)
    }

    @Test func anUnknownViewIsRefusedNamingIt() async throws {
        let copy = try TestPlugins.copy("ticket-demo")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        try "servers: []\n".write(toFile: copy.folder + "/tests/views.yaml", atomically: true, encoding: .utf8)
        let error = await #expect(throws: PluginError.self) { try await PluginTestRunner.run(folder: copy.folder) }
        guard case .invalidManifest(_, let field, _)? = error else {
            Issue.record("expected an invalid views file, got \(String(describing: error))")
            return
        }
        #expect(field == "servers")
    }
}

/// What plugin authors asked the test helper for: providers, settings per spec, a fresh plugin per `it`.
@Suite struct PluginTestRunnerHelperTests {
    @Test func aSpecDrivesTheProviderItRegistered() async throws {
        let copy = try TestPlugins.copy("provider-demo")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        try FileManager.default.createDirectory(atPath: copy.folder + "/tests", withIntermediateDirectories: true)
        try """
            describe("memory", function()
              it("creates, lists and stops", function()
                local memory = host.provider("memory")
                local made = memory.create({ name = "web", size = "small", image = "ubuntu" })
                expect(made.status).to_equal("ACTIVE")
                expect(memory.action(made.id, "stop")).to_equal(true)
                expect(memory.list_instances()[1].status).to_equal("SHUTOFF")
                expect(#memory.sizes()).to_equal(1)
              end)
              it("names a provider it did not register", function()
                expect(function() host.provider("ec2") end).to_fail_with("the plugin registered no provider ec2")
              end)
            end)
            """.write(toFile: copy.folder + "/tests/provider_spec.lua", atomically: true, encoding: .utf8)
        let results = try await PluginTestRunner.run(folder: copy.folder)
        #expect(results.count == 2)
        #expect(results.allSatisfy { $0.failure == nil }, "\(results)")
    }

    @Test func eachItStartsFromAFreshlyLoadedPlugin() async throws {
        let copy = try TestPlugins.copy("provider-demo")
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        try FileManager.default.createDirectory(atPath: copy.folder + "/tests", withIntermediateDirectories: true)
        try """
            describe("isolation", function()
              it("creates one", function()
                host.provider("memory").create({ name = "a", size = "small", image = "ubuntu" })
                leaked = true
                expect(#host.provider("memory").list_instances()).to_equal(1)
              end)
              it("sees none of it", function()
                expect(#host.provider("memory").list_instances()).to_equal(0)
                expect(leaked).to_equal(nil)
              end)
            end)
            """.write(toFile: copy.folder + "/tests/isolation_spec.lua", atomically: true, encoding: .utf8)
        let results = try await PluginTestRunner.run(folder: copy.folder)
        #expect(results.map(\.name) == ["isolation creates one", "isolation sees none of it"])
        #expect(results.allSatisfy { $0.failure == nil }, "\(results)")
    }

    @Test func aSpecMayHaveItsOwnSettings() async throws {
        let copy = try PluginTestRunnerFixtureTests.twoSpecs()
        defer { try? FileManager.default.removeItem(atPath: copy.root) }
        try "endpoint: https://support.example.edu/api\npriority: low\n".write(
            toFile: copy.folder + "/tests/fixtures/second/settings.yaml", atomically: true, encoding: .utf8)
        try """
            describe("settings", function()
              it("are this spec's own", function() expect(exo.config.get("priority")).to_equal("low") end)
            end)
            """.write(toFile: copy.folder + "/tests/second_spec.lua", atomically: true, encoding: .utf8)
        try "[]".write(toFile: copy.folder + "/tests/fixtures/second/tickets.json", atomically: true, encoding: .utf8)
        try """
            describe("shared", function()
              it("are tests/settings.yaml", function() expect(exo.config.get("priority")).to_equal("high") end)
            end)
            """.write(toFile: copy.folder + "/tests/ticket_spec.lua", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: copy.folder + "/tests/fixtures/tickets.json")
        let results = try await PluginTestRunner.run(folder: copy.folder)
        #expect(results.map(\.name) == ["settings are this spec's own", "shared are tests/settings.yaml"])
        #expect(results.allSatisfy { $0.failure == nil }, "\(results)")
    }
}
