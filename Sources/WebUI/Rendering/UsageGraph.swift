import Foundation
import Localization

/// A small line chart of one resource's use in percent over time, drawn as SVG on the server:
/// axes at 0, 50 and 100 %, the first and last sample's time under the line, a `<title>` and a
/// `<desc>` that say in words what the line shows, and `role="img"` so screen readers read those.
/// Every text is escaped; colours come from the stylesheet (classes), never inline styles.
struct UsageGraph: Sendable {
    /// One measurement: when, and the percentage (values outside 0–100 are drawn at the edge).
    struct Point: Sendable, Hashable {
        var time: Date
        var percent: Int
    }

    /// The drawing's size in SVG units; the stylesheet scales it to the column.
    static let width = 320
    static let height = 140
    private static let left = 40.0
    private static let right = 8.0
    private static let top = 8.0
    private static let bottom = 24.0

    /// A unique element id prefix, for the `<title>` and `<desc>` references.
    var id: String
    /// What is measured, e.g. "CPU use".
    var title: String
    /// The measurements, oldest first.
    var points: [Point]
    /// The sentence for `<desc>`, e.g. "Latest 35 %, highest 80 %".
    var summary: String
    /// The CSS class that colours the line (`cpu`, `memory` or `disk`).
    var kind: String

    /// The SVG element, or `nil` when there is nothing to draw (the page shows text instead).
    var svg: String? {
        guard let first = points.first?.time, let last = points.last?.time else { return nil }
        let plotWidth = Double(Self.width) - Self.left - Self.right
        let plotHeight = Double(Self.height) - Self.top - Self.bottom
        let span = last.timeIntervalSince(first)
        func x(_ time: Date) -> Double {
            span > 0 ? Self.left + time.timeIntervalSince(first) / span * plotWidth : Self.left + plotWidth / 2
        }
        func y(_ percent: Double) -> Double {
            Self.top + (100 - min(100, max(0, percent))) / 100 * plotHeight
        }
        let anchor = Self.escape(id)
        var svg = "<svg class=\"usage-graph \(Self.escape(kind))\" xmlns=\"http://www.w3.org/2000/svg\""
        svg += " viewBox=\"0 0 \(Self.width) \(Self.height)\" role=\"img\" aria-labelledby=\"\(anchor)-title \(anchor)-desc\">"
        svg += "<title id=\"\(anchor)-title\">\(Self.escape(title))</title><desc id=\"\(anchor)-desc\">\(Self.escape(summary))</desc>"
        svg += "<g class=\"axes\" aria-hidden=\"true\">"
        for percent in [0.0, 50, 100] {
            let level = Self.number(y(percent))
            svg += "<line x1=\"\(Self.number(Self.left))\" y1=\"\(level)\" x2=\"\(Self.number(Self.left + plotWidth))\" y2=\"\(level)\"/>"
            svg += "<text x=\"\(Self.number(Self.left - 4))\" y=\"\(level)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(Int(percent))%</text>"
        }
        let baseline = Self.number(Double(Self.height) - 6)
        svg += "<text x=\"\(Self.number(Self.left))\" y=\"\(baseline)\" text-anchor=\"start\">\(Self.clock(first))</text>"
        if span > 0 {
            svg += "<text x=\"\(Self.number(Self.left + plotWidth))\" y=\"\(baseline)\" text-anchor=\"end\">\(Self.clock(last))</text>"
        }
        svg += "</g>"
        let coordinates = points.map { Self.number(x($0.time)) + "," + Self.number(y(Double($0.percent))) }
        if points.count == 1 {
            svg += "<circle class=\"line\" cx=\"\(Self.number(x(first)))\" cy=\"\(Self.number(y(Double(points[0].percent))))\" r=\"3\"/>"
        } else {
            svg += "<polyline class=\"line\" fill=\"none\" points=\"\(coordinates.joined(separator: " "))\"/>"
        }
        return svg + "</svg>"
    }

    /// A coordinate with at most one decimal, as SVG reads it in any locale.
    static func number(_ value: Double) -> String {
        // Coordinates come from a cloud's timestamps and figures: keep them finite and far from
        // where converting to an integer would trap.
        let bounded = value.isFinite ? min(max(value, -1e9), 1e9) : 0
        let tenths = (bounded * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths)) % 10
        if fraction == 0 { return String(whole) }
        return (tenths < 0 && whole == 0 ? "-" : "") + String(whole) + "." + String(fraction)
    }

    /// `HH:mm` in UTC.
    static func clock(_ time: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let parts = calendar.dateComponents([.hour, .minute], from: time)
        let hour = parts.hour ?? 0
        let minute = parts.minute ?? 0
        return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    private static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
