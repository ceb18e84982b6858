import ExosphereCore
import Localization
import Mustache

/// One project's usage against its quota on the dashboard, as bars.
struct ProjectUsageRow: Sendable, Hashable {
    /// One bar: the resource, its figures, and how full it is.
    struct Bar: Sendable, Hashable {
        var label: String
        /// `used / limit unit`, or `used unit (no limit)`.
        var figures: String
        /// Use in percent of the limit (0–100), for `<meter>`.
        var percent: Int
        /// The percentage in words, the meter's text where meters are not drawn.
        var percentText: String
    }

    /// The quotas the dashboard shows; the Quotas page has them all.
    static let shown: [QuotaResource] = [.instances, .cores, .ram, .volumeGigabytes, .floatingIPs]

    var cloud: String
    var project: String
    /// A unique element id for the project's heading.
    var anchor: String
    var bars: [Bar]
    /// Whether the first read is still under way.
    var isLoading: Bool
    /// Whether the last read failed (older figures may still show).
    var failed: Bool

    init(_ known: QuotaCache.Known, index: Int, localizer: any MessageLocalizer) {
        cloud = known.project.cloud
        project = known.project.name
        anchor = "usage-\(index)"
        let entries = known.usage?.entries.filter { Self.shown.contains($0.resource) } ?? []
        bars = entries.map { entry in
            let row = LaunchQuotaRow(entry: entry, adds: 0, localizer: localizer)
            return Bar(
                label: row.label, figures: row.figures, percent: row.percent,
                percentText: localizer.text(LocalizableMessage("{percent}%", ["percent": String(row.percent)])))
        }
        isLoading = known.usage == nil && !known.failed
        failed = known.failed
    }
}

// The dashboard draws up to 5 bars for each project on every request: named lookups instead of
// Mustache's reflection (a `Mirror` per lookup) keep that cheap.
extension ProjectUsageRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "cloud": cloud
        case "project": project
        case "anchor": anchor
        case "bars": bars
        case "isLoading": isLoading
        case "failed": failed
        default: nil
        }
    }
}

extension ProjectUsageRow.Bar: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "figures": figures
        case "percent": percent
        case "percentText": percentText
        default: nil
        }
    }
}
