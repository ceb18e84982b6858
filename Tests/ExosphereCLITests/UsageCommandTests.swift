import CloudConfig
import ExosphereCore
import Foundation
import Logging
import OpenStackSimulator
import PluginHost
import PluginModel
import Testing

/// `exosphere usage` and the usage view plugins read, from the simulator's usage reports.
@Suite("usage against the simulator")
struct UsageCommandTests {
    typealias Fixture = ServerListCommandTests.Fixture

    struct Row: Decodable {
        var cloud: String
        var project: String
        var period_start: String
        var period_end: String
        var vcpu_hours: Double
        var ram_mib_hours: Double
    }

    @Test("usage --json: a row per project and month, this month's vCPU-hours from the running servers")
    func usageJSON() async throws {
        try await Fixture.with(projects: 2, servers: 12) { fixture in
            let outcome = try await fixture.runner.run(["usage", "--months", "3", "--json"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let rows = try JSONDecoder().decode([Row].self, from: Data(outcome.standardOutput.utf8))
            #expect(rows.count == 2 * 3)
            #expect(Set(rows.map(\.project)) == Set(fixture.endpoint.projectNames))
            let months = Set(rows.map { String($0.period_start.prefix(7)) })
            #expect(months.count == 3)
            let latest = try #require(months.max())
            #expect(rows.contains { $0.period_start.hasPrefix(latest) && $0.vcpu_hours > 0 && $0.ram_mib_hours > 0 })
        }
    }

    @Test("usage as a table for one project, and --months out of range refused")
    func usageTable() async throws {
        try await Fixture.with(projects: 2, servers: 6) { fixture in
            let project = try #require(fixture.endpoint.projectNames.first)
            let outcome = try await fixture.runner.run(["usage", "--project", project, "--months", "2"])
            #expect(outcome.status == 0, "\(outcome.standardError)")
            let lines = outcome.standardOutput.split(separator: "\n")
            #expect(lines.first?.hasPrefix("PROJECT") == true)
            #expect(lines.count == 2 + 2)
            #expect(lines.dropFirst(2).allSatisfy { $0.hasPrefix(project) })
            let refused = try await fixture.runner.run(["usage", "--months", "0"])
            #expect(refused.status != 0)
            #expect(refused.standardError.contains("--months"))
        }
    }

    @Test("the bundled allocation-dashboard plugin shows non-zero SUs from the simulator's usage")
    func allocationDashboardFromSimulatorUsage() async throws {
        try await Fixture.with(projects: 2, servers: 12) { fixture in
            let sources = CloudConfigSources(
                environment: ["OS_CLIENT_CONFIG_FILE": fixture.home.appendingPathComponent("clouds.yaml").path],
                homeDirectory: fixture.home.path, currentDirectory: fixture.home.path,
                systemConfigDirectory: fixture.home.appendingPathComponent("etc").path)
            let profile = try CloudConfigLoader(sources: sources).load().select("simulator")
            var settings = ExosphereSettings(homeDirectory: fixture.home.path)
            settings.tokenCache.enabled = false
            let sessions = CloudSessions.open([profile], settings: settings, logger: Logger(label: "tests"))
            let usage = await UsageReader(sessions: sessions).usage()
            await sessions.close()
            #expect(usage.failures.isEmpty)
            let rows = PluginUsageView.rows(usage.items)
            #expect(rows.count == 2 * 12)
            #expect(rows.allSatisfy { $0["period_start"]?.hasSuffix("Z") == true && Double($0["vcpu_hours"] ?? "") != nil })

            let now = Date()
            let year = Calendar(identifier: .gregorian).component(.year, from: now)
            let runtime = try await PluginLoader.load(
                folder: Self.repository.appendingPathComponent("Plugins/allocation-dashboard").path,
                settings: [
                    "allocation_su": .integer(1_000_000_000), "period_start": .string("\(year - 1)-01-01"),
                    "period_end": .string("\(year + 1)-12-31"),
                ],
                environment: PluginEnvironment(logger: Logger(label: "tests")))
            await runtime.update(views: PluginViews(usage: rows))
            let card = try await runtime.render(card: "allocation", context: .record(["now": .integer(Int64(now.timeIntervalSince1970))]))
            guard case .group(let nodes) = card, case .stat(_, let value, _)? = nodes.first else {
                Issue.record("expected a group starting with a stat, got \(card)")
                return
            }
            #expect(!value.hasPrefix("0 of"), "SUs used: \(value)")
        }
    }

    /// The package's root folder (this file is Tests/ExosphereCLITests/UsageCommandTests.swift).
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
