import Foundation
import Logging
import PluginHost
import PluginModel
import Testing

/// The bundled allocation-dashboard plugin rendering from a filled usage view (which `plugin test`
/// leaves empty).
@Suite struct AllocationDashboardTests {
    static let folder = BundledPluginSpecs.repository.appendingPathComponent("Plugins/allocation-dashboard").path

    static func usageRow(project: String, month: Int, vcpuHours: Int) -> [String: String] {
        [
            "cloud": "js2", "project": project, "vcpu_hours": String(vcpuHours), "ram_mib_hours": "0",
            "period_start": String(format: "2026-%02d-01T00:00:00", month), "period_end": String(format: "2026-%02d-01T00:00:00", month + 1),
        ]
    }

    static func dashboard() async throws -> PluginRuntime {
        let runtime = try await PluginLoader.load(
            folder: folder,
            settings: [
                "allocation_su": .integer(10_000), "su_per_vcpu_hour": .integer(2), "period_start": .string("2026-01-01"),
                "period_end": .string("2026-12-31"), "warning_percent": .integer(80), "project": .string("bio101"),
            ],
            environment: PluginEnvironment(logger: Logger(label: "exosphere.plugins.tests")))
        await runtime.update(views: PluginViews(usage: [
            usageRow(project: "bio101", month: 1, vcpuHours: 2000),
            usageRow(project: "bio101", month: 2, vcpuHours: 2250),
            usageRow(project: "chem202", month: 1, vcpuHours: 5000),
        ]))
        return runtime
    }

    static func context() throws -> LuaValue {
        let now = try #require(ISO8601DateFormatter().date(from: "2026-03-01T00:00:00Z"))
        return .record(["now": .integer(Int64(now.timeIntervalSince1970))])
    }

    @Test func cardWarnsPastTheThresholdAndProjectsExhaustion() async throws {
        let card = try await Self.dashboard().render(card: "allocation", context: try Self.context())
        #expect(card == .group([
            .stat(label: "Service units used", value: "8,500 of 10,000 (85%)", tone: "warning"),
            .progress(label: "Allocation used", value: 8500, maximum: 10_000),
            .text("Warning: 85% of the allocation is used (threshold 80%)."),
            .text("At the current rate the allocation runs out on 2026-03-11."),
        ]))
    }

    @Test func pageShowsTheBurnDownOfTheConfiguredProject() async throws {
        let page = try await Self.dashboard().render(page: "allocation", context: try Self.context())
        guard case .group(let nodes) = page else {
            Issue.record("expected a group of nodes, got \(page)")
            return
        }
        #expect(nodes.contains(.text("█▅▂")))
        #expect(nodes.contains(.table(
            columns: ["Day", "Used", "Remaining"],
            rows: [["2026-01-01", "0", "10,000"], ["2026-01-31", "4,000", "6,000"], ["2026-02-28", "8,500", "1,500"]])))
    }
}
