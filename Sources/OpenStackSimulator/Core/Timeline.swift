/// A resource state that changes on its own over simulated time: a current state plus states
/// scheduled for later. Reading never mutates, so any request sees the state "now".
struct Timeline<State: Sendable>: Sendable {
    private(set) var steps: [(at: Timestamp, state: State)]

    init(_ state: State, at time: Timestamp) {
        steps = [(time, state)]
    }

    /// The state in effect at `now`.
    func state(at now: Timestamp) -> State {
        current(at: now).state
    }

    /// When the state in effect at `now` began.
    func since(at now: Timestamp) -> Timestamp {
        current(at: now).at
    }

    /// Whether a later state is still scheduled.
    func isSettled(at now: Timestamp) -> Bool {
        steps.last.map { $0.at <= now } ?? true
    }

    /// Replaces any scheduled states: from `now` the state becomes `immediate`, then each of
    /// `later` follows after its delay (in simulated seconds, cumulative).
    mutating func schedule(at now: Timestamp, _ immediate: State, then later: [(after: Double, state: State)] = []) {
        steps = [(now, immediate)]
        var time = now
        for step in later {
            time = time + max(step.after, 0)
            steps.append((time, step.state))
        }
    }

    private func current(at now: Timestamp) -> (at: Timestamp, state: State) {
        var result = steps[0]
        for step in steps.dropFirst() where step.at <= now { result = step }
        return result
    }
}

extension Timeline: Equatable where State: Equatable {
    /// The same states at the same times.
    static func == (lhs: Timeline, rhs: Timeline) -> Bool {
        lhs.steps.count == rhs.steps.count && zip(lhs.steps, rhs.steps).allSatisfy { $0.at == $1.at && $0.state == $1.state }
    }
}
