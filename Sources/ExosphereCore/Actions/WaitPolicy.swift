/// How to wait for a change in the cloud: poll, back off, give up.
///
/// Polls start after ``initialInterval`` and stretch by ``multiplier`` up to ``maximumInterval``,
/// so a quick action is noticed quickly and a slow one costs few requests. After ``timeout`` the
/// wait ends with a timeout error that names the last state seen.
public struct WaitPolicy: Sendable, Hashable {
    /// The pause before the first poll.
    public var initialInterval: Duration
    /// The longest pause between polls.
    public var maximumInterval: Duration
    /// How much each pause grows over the last (1 keeps it constant).
    public var multiplier: Double
    /// How long to wait in all.
    public var timeout: Duration

    /// Creates a policy; the defaults suit a real cloud (1 s growing to 10 s, 15 minutes in all).
    public init(
        initialInterval: Duration = .seconds(1), maximumInterval: Duration = .seconds(10), multiplier: Double = 1.5,
        timeout: Duration = .seconds(900)
    ) {
        self.initialInterval = initialInterval
        self.maximumInterval = max(maximumInterval, initialInterval)
        self.multiplier = max(multiplier, 1)
        self.timeout = timeout
    }

    /// The timeout in whole seconds, rounded up, for messages.
    var timeoutSeconds: Int {
        Int((timeout / .seconds(1)).rounded(.up))
    }

    /// The pause after `interval`.
    func next(after interval: Duration) -> Duration {
        min(interval * multiplier, maximumInterval)
    }
}

/// Where a waited-for action stands, for progress displays.
public struct ActionProgress: Sendable, Hashable {
    /// The action being waited for.
    public var action: InstanceAction
    /// The instance's name.
    public var instance: String
    /// Nova's status now, such as `REBOOT`; `DELETED` once gone.
    public var status: String
    /// Nova's task state now, if an operation runs.
    public var taskState: String?
    /// Nova's progress in percent, when it reports one.
    public var percent: Int?
    /// Time since the action was sent.
    public var elapsed: Duration
}

/// Receives ``ActionProgress`` on every poll.
public typealias ActionProgressHandler = @Sendable (ActionProgress) -> Void
