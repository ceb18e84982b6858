/// Counts and sizes from a cloud, bounded where they enter the domain.
///
/// A cloud may send any integer JSON can hold (`9223372036854775807` for a flavor's memory, a
/// negative count of cores in use); Swift traps when arithmetic on such values overflows. No real
/// quota, flavor or volume comes near 2^53 (9 007 199 254 740 992, the largest integer a JSON
/// number keeps exactly in most parsers), so values are clamped to ±2^53 where they enter, and
/// sums and products of them saturate there: a percentage of the sum of a few such values then
/// stays far below `Int.max`.
enum CloudNumber {
    /// The largest magnitude kept: 2^53.
    static let limit = 1 << 53

    /// `value` clamped to `-limit...limit`.
    static func bounded(_ value: Int) -> Int {
        min(max(value, -limit), limit)
    }

    /// `value` clamped to `0...limit`, for counts and sizes, which are never negative.
    static func count(_ value: Int) -> Int {
        min(max(value, 0), limit)
    }

    /// `a + b`, clamped to `-limit...limit`.
    static func sum(_ a: Int, _ b: Int) -> Int {
        // Both bounded to ±2^53 first, so the sum is within ±2^54: it cannot overflow.
        bounded(bounded(a) + bounded(b))
    }

    /// `a - b`, clamped to `-limit...limit`.
    static func difference(_ a: Int, _ b: Int) -> Int {
        bounded(bounded(a) - bounded(b))
    }

    /// `a × b`, clamped to `-limit...limit`.
    static func product(_ a: Int, _ b: Int) -> Int {
        let (total, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? ((a < 0) != (b < 0) ? -limit : limit) : bounded(total)
    }
}
