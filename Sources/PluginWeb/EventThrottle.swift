/// Lets at most one event through per ``interval``: the first after a quiet interval passes, the
/// others are dropped (a later one carries fresher news anyway).
struct EventThrottle: Sendable {
    /// The least time between two events let through.
    let interval: Duration
    private var lastPassed: ContinuousClock.Instant?

    init(interval: Duration) {
        self.interval = interval
    }

    /// Whether an event at `now` passes; if so, the next waits for `interval` from `now`.
    mutating func admit(at now: ContinuousClock.Instant) -> Bool {
        if let lastPassed, now - lastPassed < interval { return false }
        lastPassed = now
        return true
    }
}
