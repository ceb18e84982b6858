import ArgumentParser
import ExosphereCore
import Foundation

/// `exosphere usage`: vCPU-hours and memory per project per calendar month, from Nova's usage
/// report (every instance charged for the time it existed, whatever its power state).
struct UsageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usage",
        abstract: "Show vCPU-hours and memory used per project per month.",
        discussion: """
            Reads Nova's usage report (os-simple-tenant-usage) for every project your credentials \
            reach, one request per project and calendar month (UTC), the current month up to now.
            """)

    @OptionGroup var cloud: CloudOptions
    @OptionGroup var output: OutputOptions
    @Option(help: ArgumentHelp("Only this project (name or id).", valueName: "project"))
    var project: String?
    @Option(help: ArgumentHelp("How many calendar months, the current one included (1–120).", valueName: "n"))
    var months = 12

    /// One project and month in `--json` output.
    struct Row: Encodable {
        var cloud: String
        var project: String
        var projectID: String
        var periodStart: String
        var periodEnd: String
        /// vCPU-hours.
        var vcpuHours: Double
        /// MiB-hours of memory.
        var ramMiBHours: Double
        /// GiB-hours of local disk.
        var diskGiBHours: Double
        /// Instance-hours.
        var instanceHours: Double

        enum CodingKeys: String, CodingKey {
            case cloud, project
            case projectID = "project_id"
            case periodStart = "period_start"
            case periodEnd = "period_end"
            case vcpuHours = "vcpu_hours"
            case ramMiBHours = "ram_mib_hours"
            case diskGiBHours = "disk_gib_hours"
            case instanceHours = "instance_hours"
        }
    }

    func validate() throws {
        guard (1...120).contains(months) else { throw ValidationError("--months must be between 1 and 120.") }
    }

    func run() async throws {
        try await ErrorReport.guarding {
            let context = try CommandContext.load(cloud)
            let periods = UsagePeriod.months(months, endingAt: Date())
            let listing = try await context.withSessions(output) {
                await $0.listUsage(periods: periods, projectFilter: project)
            }
            let rows = listing.items.map { usage in
                Row(
                    cloud: usage.project.cloud, project: usage.project.name, projectID: usage.project.id,
                    periodStart: Self.timestamp(usage.period.start), periodEnd: Self.timestamp(usage.period.end),
                    vcpuHours: usage.vcpuHours, ramMiBHours: usage.ramMiBHours, diskGiBHours: usage.diskGiBHours,
                    instanceHours: usage.instanceHours)
            }
            if output.json {
                try Console.json(rows)
            } else {
                Console.out(TextTable(
                    headers: ["PROJECT", "CLOUD", "MONTH", "VCPU-HOURS", "RAM GIB-HOURS", "INSTANCE-HOURS"],
                    rows: rows.map {
                        [
                            $0.project, $0.cloud, String($0.periodStart.prefix(7)), Self.decimal($0.vcpuHours),
                            Self.decimal($0.ramMiBHours / 1024), Self.decimal($0.instanceHours),
                        ]
                    }
                ).rendered())
            }
            try ListingReport.finish(listing)
        }
    }

    /// `2026-11-01T00:00:00Z`.
    static func timestamp(_ date: Date) -> String {
        var style = Date.ISO8601FormatStyle()
        style.timeZone = TimeZone(identifier: "UTC") ?? style.timeZone
        return date.formatted(style)
    }

    /// One decimal: `1234.5`.
    static func decimal(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}
