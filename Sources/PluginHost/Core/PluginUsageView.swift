public import ExosphereCore
import Foundation

/// The `exo.usage.get` rows of ``PluginViews``: one per project and period, in the shape the
/// host API documents — `{ cloud, project, project_id, period_start, period_end, vcpu_hours,
/// ram_mib_hours }` with ISO 8601 UTC times and numbers as text.
///
/// ```swift
/// let rows = PluginUsageView.rows(await reader.usage().items)
/// await runtime.update(views: PluginViews(usage: rows))
/// ```
public enum PluginUsageView {
    /// The rows for `usage`, in its order.
    public static func rows(_ usage: [ProjectUsage]) -> [[String: String]] {
        usage.map { row in
            [
                "cloud": row.project.cloud, "project": row.project.name, "project_id": row.project.id,
                "period_start": timestamp(row.period.start), "period_end": timestamp(row.period.end),
                "vcpu_hours": number(row.vcpuHours), "ram_mib_hours": number(row.ramMiBHours),
            ]
        }
    }

    /// `2026-11-01T00:00:00Z`: the form the host's other views and Lua's date helpers read.
    static func timestamp(_ date: Date) -> String {
        var formatter = Date.ISO8601FormatStyle()
        formatter.timeZone = TimeZone(identifier: "UTC") ?? formatter.timeZone
        return date.formatted(formatter)
    }

    /// Plain decimal text with at most three decimals (`12.5`, `0`), never an exponent.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        var text = String(format: "%.3f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
