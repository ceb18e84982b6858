import ExosphereCore
import Localization

/// One quota as a bar: used now, what the launch would add, and the limit.
struct LaunchQuotaRow: Sendable {
    var label: String
    /// `used / limit unit`, or `used unit (no limit)`.
    var figures: String
    /// Use after the launch, in percent of the limit (0–100), for the bar.
    var percent: Int
    var adds: Int
    var isShort: Bool

    init(entry: QuotaEntry, adds: Int, localizer: any MessageLocalizer) {
        label = localizer.text(Self.name(entry.resource))
        self.adds = adds
        let unit = entry.resource.unit.isEmpty ? "" : " " + entry.resource.unit
        if let limit = entry.limit {
            figures = localizer.text(
                LocalizableMessage("{used} of {limit}{unit} used", ["used": String(entry.used), "limit": String(limit), "unit": unit]))
            // A cloud's figures and a launch's needs may be anything up to Int.max: saturate.
            let after = Self.saturatingSum(entry.used, adds)
            percent = Self.percent(after, of: limit)
            isShort = after > limit
        } else {
            figures = localizer.text(LocalizableMessage("{used}{unit} used, no limit", ["used": String(entry.used), "unit": unit]))
            percent = 0
            isShort = false
        }
    }

    /// `a + b`, held at `Int.min`/`Int.max` instead of overflowing.
    static func saturatingSum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? (b > 0 ? .max : .min) : sum
    }

    /// `value` in percent of `limit`, 0–100; 100 when the limit is 0 or less. Computed in
    /// floating point, so no product of two large figures can overflow.
    static func percent(_ value: Int, of limit: Int) -> Int {
        guard limit > 0 else { return 100 }
        let ratio = Double(value) / Double(limit) * 100
        return Int(min(100, max(0, ratio.rounded(.down))))
    }

    /// The rows of `usage`, with what `needs` adds to each.
    static func rows(_ usage: QuotaUsage, needs: [QuotaResource: Int], localizer: any MessageLocalizer) -> [LaunchQuotaRow] {
        usage.entries.map { LaunchQuotaRow(entry: $0, adds: needs[$0.resource] ?? 0, localizer: localizer) }
    }

    static func name(_ resource: QuotaResource) -> LocalizableMessage {
        switch resource {
        case .instances: LocalizableMessage("Instances")
        case .cores: LocalizableMessage("Processor cores")
        case .ram: LocalizableMessage("Memory")
        case .keypairs: LocalizableMessage("Key pairs")
        case .volumes: LocalizableMessage("Volumes")
        case .volumeGigabytes: LocalizableMessage("Volume storage")
        case .floatingIPs: LocalizableMessage("Public IP addresses")
        case .networks: LocalizableMessage("Networks")
        case .subnets: LocalizableMessage("Subnets")
        case .routers: LocalizableMessage("Routers")
        case .ports: LocalizableMessage("Network ports")
        case .securityGroups: LocalizableMessage("Security groups")
        }
    }
}
