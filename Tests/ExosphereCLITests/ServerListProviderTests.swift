import Foundation
import OpenStackSimulator
import Testing

/// `server list` with plugin providers: their instances beside the cloud's, a failing provider an
/// incomplete listing as a failing cloud is, and no plugin started unless an enabled one declares
/// providers.
@Suite("server list with plugin providers")
struct ServerListProviderTests {
    struct Row: Decodable {
        var id: String
        var name: String
        var status: String
        var project: String
        var cloud: String
        var flavor: String?
        var addresses: [String]
        var provider: Bool?
        var plugin: String?
    }

    static func writePlugin(_ id: String, capabilities: String, source: String, home: URL) throws {
        let folder = home.appendingPathComponent(".config/exosphere/plugins/" + id)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
            id: \(id)
            name: \(id)
            version: 0.1.0
            api: ">=1.0, <2.0"
            description: A plugin for the server list tests.
            author: Exosphere tests
            capabilities:
              \(capabilities)
            """.write(to: folder.appendingPathComponent("plugin.yaml"), atomically: true, encoding: .utf8)
        try source.write(to: folder.appendingPathComponent("init.lua"), atomically: true, encoding: .utf8)
    }

    static func writeSettings(enabling ids: [String], home: URL) throws {
        let folder = home.appendingPathComponent(".config/exosphere")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let plugins = ids.map { "  \($0):\n    enabled: true" }.joined(separator: "\n")
        try "plugins:\n\(plugins)\n".write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
    }

    static func writePlugins(home: URL) throws {
        try writePlugin("fake-cloud", capabilities: "providers: [memory]", source: """
            local down = function() return nil, "unused" end
            exo.providers.register{
              id = "memory", name = "Fake cloud",
              list_instances = function()
                return { { id = "f-1", name = "far-away", status = "ACTIVE", size = "small", addresses = { "198.51.100.7" } } }
              end,
              create = down, delete = down, action = down, sizes = down, images = down,
            }
            """, home: home)
        try writePlugin("broken-cloud", capabilities: "providers: [broken]", source: """
            local down = function() return nil, { code = "broken.down", message = "the API is down" } end
            exo.providers.register{
              id = "broken", name = "Broken cloud",
              list_instances = down, create = down, delete = down, action = down, sizes = down, images = down,
            }
            """, home: home)
        // Enabled but not a provider: `server list` must not start it (it would fail loudly).
        try writePlugin("loud-card", capabilities: "ui: [dashboard_card]", source: "error('loud-card was started')", home: home)
    }

    @Test("--json lists provider instances with provider: true; a failing provider is an error naming it, after the rows")
    func providerRowsInJSON() async throws {
        try await ServerListCommandTests.Fixture.with(projects: 1, servers: 2) { fixture in
            try Self.writePlugins(home: fixture.home)
            try Self.writeSettings(enabling: ["fake-cloud", "broken-cloud", "loud-card"], home: fixture.home)
            let outcome = try await fixture.runner.run(["server", "list", "--json"])
            // The listing is incomplete, as with a cloud that cannot be read: scripts notice.
            #expect(outcome.status == 1, "\(outcome.standardError)")
            let rows = try JSONDecoder().decode([Row].self, from: Data(outcome.standardOutput.utf8))
            #expect(rows.count == 3)
            let provided = try #require(rows.first { $0.provider == true })
            #expect(provided.cloud == "Fake cloud")
            #expect(provided.project == "")
            #expect(provided.plugin == "fake-cloud")
            #expect(provided.flavor == "small")
            #expect(provided.addresses == ["198.51.100.7"])
            #expect(rows.filter { $0.provider == nil }.allSatisfy { $0.cloud == "simulator" })
            #expect(outcome.standardError.contains("error: cloud Broken cloud: Provider broken of plugin broken-cloud refused list_instances: the API is down"))
            #expect(!outcome.standardError.contains("loud-card"))

            let table = try await fixture.runner.run(["server", "list"])
            #expect(table.status == 1)
            let line = try #require(table.standardOutput.split(separator: "\n").first { $0.contains("far-away") })
            #expect(line.contains("Fake cloud"))
            #expect(line.contains(" - "))

            // A project filter leaves providers out: they have no projects.
            let filtered = try await fixture.runner.run(["server", "list", "--json", "--project", fixture.endpoint.projectNames[0]])
            #expect(filtered.status == 0, "\(filtered.standardError)")
            #expect(try JSONDecoder().decode([Row].self, from: Data(filtered.standardOutput.utf8)).allSatisfy { $0.provider == nil })
        }
    }

    @Test("without an enabled provider plugin no plugin is started")
    func noProviderPluginStartsNothing() async throws {
        try await ServerListCommandTests.Fixture.with(projects: 1, servers: 2) { fixture in
            try Self.writePlugins(home: fixture.home)
            try Self.writeSettings(enabling: ["loud-card"], home: fixture.home)
            let outcome = try await fixture.runner.run(["server", "list", "--json"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            #expect(try JSONDecoder().decode([Row].self, from: Data(outcome.standardOutput.utf8)).count == 2)
            #expect(outcome.standardError.isEmpty, "\(outcome.standardError)")
        }
    }
}
