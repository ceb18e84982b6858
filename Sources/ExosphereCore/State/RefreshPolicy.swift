/// How often the ``InstanceStore`` asks each project for changes.
///
/// Each project is polled with Nova's `changes-since` filter, so an idle poll costs one small
/// request. A project with an instance in transition (building, rebooting, resizing…) is polled
/// every ``fastInterval``, any other every ``slowInterval``; failures back off exponentially up to
/// ``maximumBackoff``. Every delay is spread by ±``jitter`` so many projects never poll in step.
public struct RefreshPolicy: Sendable, Hashable {
    /// Between polls of a project with something in transition. Bounds how late a state change
    /// of a busy instance is noticed.
    public var fastInterval: Duration
    /// Between polls of a quiet project. 15 s is 4 requests a minute per project.
    public var slowInterval: Duration
    /// The longest wait after repeated failures.
    public var maximumBackoff: Duration
    /// The fraction (0–0.5) by which each delay is randomly lengthened or shortened.
    public var jitter: Double
    /// Between complete listings of a project, which catch what `changes-since` cannot show
    /// (an instance that became invisible without being deleted).
    public var resyncInterval: Duration

    /// Creates a policy; out-of-range values are clamped to something workable.
    public init(
        fastInterval: Duration = .seconds(2), slowInterval: Duration = .seconds(15),
        maximumBackoff: Duration = .seconds(300), jitter: Double = 0.1, resyncInterval: Duration = .seconds(600)
    ) {
        self.fastInterval = max(fastInterval, .milliseconds(10))
        self.slowInterval = max(slowInterval, self.fastInterval)
        self.maximumBackoff = max(maximumBackoff, self.slowInterval)
        self.jitter = min(max(jitter, 0), 0.5)
        self.resyncInterval = max(resyncInterval, self.slowInterval)
    }

    /// The policy for interactive use: 2 s while something moves, 15 s otherwise, 5 min at most.
    public static let standard = RefreshPolicy()

    /// The wait before the next poll of a project.
    ///
    /// - Parameters:
    ///   - inTransition: whether the project has an instance in transition (or an action was just
    ///     requested).
    ///   - consecutiveFailures: polls that failed in a row; 0 after a success.
    ///   - random: a number in 0...1 that places the delay within the jitter band.
    public func delay(inTransition: Bool, consecutiveFailures: Int, random: Double) -> Duration {
        var base = inTransition ? fastInterval : slowInterval
        if consecutiveFailures > 0 {
            // slow, 2×slow, 4×slow… capped; the exponent is capped first so it cannot overflow.
            let factor = 1 << min(consecutiveFailures - 1, 20)
            base = min(slowInterval * factor, maximumBackoff)
        }
        let spread = 1 + jitter * (2 * min(max(random, 0), 1) - 1)
        let milliseconds = (Double(base.components.seconds) * 1000 + Double(base.components.attoseconds) / 1e15) * spread
        return .milliseconds(Int64(milliseconds.rounded()))
    }
}
