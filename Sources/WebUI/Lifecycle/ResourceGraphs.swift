import ExosphereCore
import Foundation
import Localization

/// The instance page's resource graphs: CPU, memory and root disk use over the last hour, from
/// the usage lines the setup monitor reads in the console log.
struct ResourceGraphs: Sendable {
    struct Graph: Sendable {
        var title: String
        /// The drawing, escaped and ready to place in the page.
        var svg: String
    }

    /// How many minutes (one sample each) are drawn.
    static let window = 60

    var graphs: [Graph]
    /// Whether any sample arrived; without one the page says so in words.
    var hasData: Bool

    init(_ series: ResourceUsageSeries, localizer: any MessageLocalizer) {
        let samples = Array(series.samples.suffix(Self.window))
        let measures: [(kind: String, title: LocalizableMessage, value: @Sendable (ResourceUsageSample) -> Int)] = [
            ("cpu", LocalizableMessage("CPU use"), { $0.cpuPercent }),
            ("memory", LocalizableMessage("Memory use"), { $0.memoryPercent }),
            ("disk", LocalizableMessage("Root disk use"), { $0.diskPercent }),
        ]
        graphs = measures.compactMap { measure in
            let points = samples.map { UsageGraph.Point(time: $0.time, percent: measure.value($0)) }
            guard let first = points.first, let last = points.last else { return nil }
            let summary = localizer.text(
                LocalizableMessage(
                    "Latest {latest}%, highest {highest}%, from {start} to {end} UTC.",
                    [
                        "latest": String(last.percent), "highest": String(points.map(\.percent).max() ?? last.percent),
                        "start": UsageGraph.clock(first.time), "end": UsageGraph.clock(last.time),
                    ]))
            let graph = UsageGraph(
                id: "graph-" + measure.kind, title: localizer.text(measure.title), points: points, summary: summary, kind: measure.kind)
            return graph.svg.map { Graph(title: graph.title, svg: $0) }
        }
        hasData = !graphs.isEmpty
    }
}
