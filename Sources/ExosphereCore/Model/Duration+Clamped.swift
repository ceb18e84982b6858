extension Duration {
    /// The duration in whole nanoseconds, saturating at `Int64.max` and never below 0.
    public var nanosecondsClamped: Int64 { clampedCount(perSecond: 1_000_000_000) }

    /// The duration in whole milliseconds, saturating at `Int64.max` and never below 0.
    public var millisecondsClamped: Int64 { clampedCount(perSecond: 1_000) }

    /// Whole units of which `perSecond` make a second (a divisor of 10¹⁸), with checked arithmetic.
    private func clampedCount(perSecond: Int64) -> Int64 {
        let (seconds, attoseconds) = components
        guard seconds >= 0 else { return 0 }
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: perSecond)
        guard !overflow else { return .max }
        let (total, overflowAgain) = whole.addingReportingOverflow(attoseconds / (1_000_000_000_000_000_000 / perSecond))
        return overflowAgain ? .max : total
    }
}
