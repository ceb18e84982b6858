/// How slowly a request body may arrive: a whole form within a deadline, an upload at an average
/// rate once its grace period is over. A client that dribbles a byte now and then is refused
/// instead of holding a connection and a task for as long as it likes; one that stops sending
/// altogether is cut off by the connection's idle timeout.
struct BodyPace: Sendable {
    /// When the body started arriving.
    let start: ContinuousClock.Instant
    /// The latest the whole body may finish, if it has a deadline.
    let deadline: ContinuousClock.Instant?
    /// The slowest average rate accepted after ``grace``, in bytes per second (0: no minimum).
    let minimumBytesPerSecond: Int64
    /// How long the rate is not checked.
    let grace: Duration

    /// A form post: all of it within `timeout`.
    static func form(within timeout: Duration, from start: ContinuousClock.Instant = .now) -> BodyPace {
        BodyPace(start: start, deadline: start.advanced(by: timeout), minimumBytesPerSecond: 0, grace: .zero)
    }

    /// An upload: at least `bytesPerSecond` on average once `grace` has passed.
    static func upload(minimumBytesPerSecond bytesPerSecond: Int64, grace: Duration, from start: ContinuousClock.Instant = .now) -> BodyPace {
        BodyPace(start: start, deadline: nil, minimumBytesPerSecond: bytesPerSecond, grace: grace)
    }

    /// Refuses when `received` bytes so far is too little for the time taken.
    ///
    /// - Throws: ``WebUIError/bodyTimedOut``.
    func check(received: Int64, now: ContinuousClock.Instant = .now) throws(WebUIError) {
        if let deadline, now > deadline { throw .bodyTimedOut }
        let elapsed = now - start
        guard minimumBytesPerSecond > 0, elapsed > grace else { return }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if Double(received) < seconds * Double(minimumBytesPerSecond) { throw .bodyTimedOut }
    }
}
