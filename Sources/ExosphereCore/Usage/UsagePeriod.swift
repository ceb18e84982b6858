public import Foundation

/// A span of time a usage row covers: a calendar month in UTC, the current one up to now.
public struct UsagePeriod: Sendable, Hashable, Codable {
    /// The first instant of the period.
    public var start: Date
    /// The end of the period (exclusive): the first instant of the next month, or now.
    public var end: Date

    /// Creates a period.
    public init(start: Date, end: Date) {
        self.start = start
        self.end = end
    }

    /// The last `count` calendar months (UTC) up to `now`, oldest first; the newest ends at `now`.
    public static func months(_ count: Int, endingAt now: Date) -> [UsagePeriod] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month], from: now)
        guard let thisMonth = calendar.date(from: parts) else { return [] }
        var periods: [UsagePeriod] = []
        var end = now
        for back in 0..<max(count, 0) {
            guard let start = calendar.date(byAdding: .month, value: -back, to: thisMonth) else { break }
            periods.append(UsagePeriod(start: start, end: end))
            end = start
        }
        return periods.reversed()
    }
}
