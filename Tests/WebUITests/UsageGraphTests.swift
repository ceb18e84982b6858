import ExosphereCore
import Foundation
import Localization
import Testing

@testable import WebUI

@Suite("Resource graphs drawn as SVG")
struct UsageGraphTests {
    static let start = Date(timeIntervalSince1970: 1_800_000_000)  // 08:00 UTC

    static func graph(_ percents: [Int], title: String = "CPU use") -> UsageGraph {
        UsageGraph(
            id: "graph-cpu", title: title,
            points: percents.enumerated().map { UsageGraph.Point(time: start + Double($0.offset * 60), percent: $0.element) },
            summary: "Latest <n>%", kind: "cpu")
    }

    /// The `points` attribute of the polyline, as numbers.
    static func coordinates(_ svg: String) throws -> [(x: Double, y: Double)] {
        let range = try #require(svg.range(of: "points=\""))
        let text = svg[range.upperBound...].prefix { $0 != "\"" }
        return try text.split(separator: " ").map { pair in
            let parts = pair.split(separator: ",")
            return (try #require(Double(parts[0])), try #require(Double(parts[1])))
        }
    }

    @Test("no samples: no drawing, and the page says so in words")
    func empty() throws {
        #expect(Self.graph([]).svg == nil)
        let graphs = ResourceGraphs(ResourceUsageSeries(instanceID: "i", samples: []), localizer: SourceLanguageLocalizer())
        #expect(!graphs.hasData)
        #expect(graphs.graphs.isEmpty)
    }

    @Test("one sample is a dot in the middle, with only its own time")
    func onePoint() throws {
        let svg = try #require(Self.graph([25]).svg)
        #expect(!svg.contains("<polyline"))
        // Plot: x from 40 to 312, y from 8 (100 %) to 116 (0 %).
        #expect(svg.contains("<circle class=\"line\" cx=\"176\" cy=\"89\" r=\"3\"/>"))
        #expect(svg.components(separatedBy: ">08:00<").count == 2)
    }

    @Test("many samples are one polyline from the left edge to the right, with axes, times, title and description")
    func manyPoints() throws {
        let svg = try #require(Self.graph([0, 50, 100, 75], title: "CPU <use> & \"more\"").svg)
        #expect(svg.hasPrefix("<svg class=\"usage-graph cpu\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 320 140\" role=\"img\""))
        #expect(svg.contains("aria-labelledby=\"graph-cpu-title graph-cpu-desc\""))
        #expect(svg.contains("<title id=\"graph-cpu-title\">CPU &lt;use&gt; &amp; &quot;more&quot;</title>"))
        #expect(svg.contains("<desc id=\"graph-cpu-desc\">Latest &lt;n&gt;%</desc>"))
        #expect(svg.contains(">0%</text>") && svg.contains(">50%</text>") && svg.contains(">100%</text>"))
        #expect(svg.contains(">08:00</text>") && svg.contains(">08:03</text>"))
        #expect(!svg.contains("style="))
        let points = try Self.coordinates(svg)
        #expect(points.count == 4)
        #expect(points.map(\.x) == [40, 130.7, 221.3, 312])
        #expect(points.map(\.y) == [116, 62, 8, 35])
        #expect(svg.hasSuffix("</svg>"))
    }

    @Test("values off the scale are drawn at its edge, never outside the plot")
    func offScale() throws {
        let points = try Self.coordinates(try #require(Self.graph([-20, 150, 100, 0]).svg))
        #expect(points.map(\.y) == [116, 8, 8, 116])
    }

    @Test("the instance page draws CPU, memory and disk from the usage series, last hour only")
    func fromSeries() throws {
        let samples = (0..<90).map {
            ResourceUsageSample(time: Self.start + Double($0 * 60), cpuPercent: $0 % 100, memoryPercent: 40, diskPercent: 10)
        }
        let graphs = ResourceGraphs(ResourceUsageSeries(instanceID: "i", samples: samples), localizer: SourceLanguageLocalizer())
        #expect(graphs.hasData)
        #expect(graphs.graphs.map(\.title) == ["CPU use", "Memory use", "Root disk use"])
        let cpu = try #require(graphs.graphs.first?.svg)
        #expect(try Self.coordinates(cpu).count == ResourceGraphs.window)
        #expect(cpu.contains("Latest 89%, highest 89%, from 08:30 to 09:29 UTC."))
    }

    @Test("the instance page shows the three graphs, or a sentence while no sample has arrived", arguments: [0, 5])
    func onInstancePage(samples: Int) throws {
        let localizer = SourceLanguageLocalizer()
        let renderer = try TemplateRenderer(directory: TestWebApp.resources.templates, reloads: false)
        let instance = try #require(InstanceFixtures.make(count: 1).first)
        var page = InstanceDetailPage(instance: instance, localizer: localizer)
        let series = ResourceUsageSeries(
            instanceID: instance.id,
            samples: (0..<samples).map { ResourceUsageSample(time: Self.start + Double($0 * 60), cpuPercent: 5, memoryPercent: 6, diskPercent: 7) })
        page.extras = InstanceExtras(setup: .ready, usage: series, volumes: [], instanceID: instance.id, console: nil, localizer: localizer)
        let chrome = PageChrome(
            appTitle: "Exosphere", pageTitle: "Instance", lang: "en", colorMode: "auto", themeCSS: "/theme/default.css", logo: nil,
            favicon: nil, csrf: "t", section: .instances, notice: nil, multiUser: false)
        let html = try renderer.render("instance", page: page, chrome: chrome, localizer: localizer)
        let drawings = html.components(separatedBy: "<svg class=\"usage-graph ").count - 1
        #expect(drawings == (samples == 0 ? 0 : 3))
        #expect(html.contains("No resource use reported yet") == (samples == 0))
        #expect(html.contains("<figcaption>Memory use</figcaption>") == (samples > 0))
        #expect(!html.contains(" style="))
    }
}
