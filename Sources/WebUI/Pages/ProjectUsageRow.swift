import ExosphereCore
import Localization

/// One project's usage against its quota on the dashboard, as bars.
struct ProjectUsageRow: Sendable {
    /// The quotas the dashboard shows; the Quotas page has them all.
    static let shown: [QuotaResource] = [.instances, .cores, .ram, .volumeGigabytes, .floatingIPs]

    var cloud: String
    var project: String
    /// A unique element id for the project's heading.
    var anchor: String
    var bars: [LaunchQuotaRow]
    /// Whether the first read is still under way.
    var isLoading: Bool
    /// Whether the last read failed (older figures may still show).
    var failed: Bool

    init(_ known: QuotaCache.Known, index: Int, localizer: any MessageLocalizer) {
        cloud = known.project.cloud
        project = known.project.name
        anchor = "usage-\(index)"
        let entries = known.usage?.entries.filter { Self.shown.contains($0.resource) } ?? []
        bars = entries.map { LaunchQuotaRow(entry: $0, adds: 0, localizer: localizer) }
        isLoading = known.usage == nil && !known.failed
        failed = known.failed
    }
}
