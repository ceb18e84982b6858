/// Which actions an instance allows in its current state, and why the others are refused.
///
/// The rules follow Nova's guards on each compute API call (nova/compute/api.py
/// `check_instance_lock` and `check_instance_state`), as summarised in Nova's reference "Virtual
/// Machine States and Transitions" and the Compute API reference ("Servers - run an action": each
/// action answers 409 in the wrong state or when locked). Checking here first lets Exosphere grey
/// out impossible actions and say why, instead of relaying a 409.
///
/// Operators may turn actions off (a flavor group's disallowed actions); those are refused first.
///
/// ```swift
/// let matrix = ActionMatrix(disallowed: [.resize])
/// matrix.refusal(for: .start, in: InstanceState(status: "SHUTOFF"))   // nil: allowed
/// matrix.allowedActions(in: InstanceState(status: "ACTIVE", locked: true))  // [.createImage, .unlock]
/// ```
public struct ActionMatrix: Sendable, Hashable {
    /// Actions the operators do not allow, whatever the state.
    public var disallowed: Set<InstanceAction>

    /// Creates a matrix; `disallowed` actions are always refused.
    public init(disallowed: Set<InstanceAction> = []) {
        self.disallowed = disallowed
    }

    /// Why `action` may not run in `state`, or `nil` when it may.
    public func refusal(for action: InstanceAction, in state: InstanceState) -> ActionRefusal? {
        if disallowed.contains(action) { return .disallowedByOperator }
        let rule = Self.rule(for: action)
        if rule.checksLock, state.locked { return .locked }
        switch action {
        case .lock where state.locked: return .alreadyLocked
        case .unlock where !state.locked: return .notLocked
        default: break
        }
        if let vmStates = rule.vmStates, !vmStates.contains(state.vmState) {
            return .notAllowedInState(state.status)
        }
        if let task = state.taskState, let tolerated = rule.taskStates, !tolerated.contains(task) {
            return .busy(task: task)
        }
        return nil
    }

    /// Whether `action` may run in `state`.
    public func allows(_ action: InstanceAction, in state: InstanceState) -> Bool {
        refusal(for: action, in: state) == nil
    }

    /// Every action with the reason it is refused in `state` (`nil` when allowed), in
    /// ``InstanceAction`` order: what a menu of actions shows.
    public func evaluate(in state: InstanceState) -> [(action: InstanceAction, refusal: ActionRefusal?)] {
        InstanceAction.allCases.map { ($0, refusal(for: $0, in: state)) }
    }

    /// The actions `state` allows, in ``InstanceAction`` order.
    public func allowedActions(in state: InstanceState) -> [InstanceAction] {
        InstanceAction.allCases.filter { allows($0, in: state) }
    }
}
