import Foundation

/// Why an action may not run now, in words a person understands.
public enum ActionRefusal: Sendable, Hashable {
    /// The instance is locked; only unlocking (and snapshots) are possible.
    case locked
    /// The action needs another state (the Nova status is given).
    case notAllowedInState(String)
    /// Another operation is under way (Nova's task state is given).
    case busy(task: String)
    /// The cloud's operators turned this action off for the instance's kind.
    case disallowedByOperator
    /// Lock on an instance that is already locked.
    case alreadyLocked
    /// Unlock on an instance that is not locked.
    case notLocked

    /// The reason as a sentence fragment, such as "the instance is locked".
    public var reason: String {
        switch self {
        case .locked: "the instance is locked"
        case .notAllowedInState(let status): "not allowed in state \(status)"
        case .busy(let task): "the instance is busy (\(task.replacingOccurrences(of: "_", with: " ")))"
        case .disallowedByOperator: "the cloud's operators do not allow it for this instance"
        case .alreadyLocked: "the instance is already locked"
        case .notLocked: "the instance is not locked"
        }
    }

    /// What the person can do about it.
    public var remedy: String {
        switch self {
        case .locked: "Unlock it first with `exosphere server unlock`."
        case .notAllowedInState: "Check which actions its state allows with `exosphere server show`."
        case .busy: "Wait until the current operation ends, then try again."
        case .disallowedByOperator: "Ask the cloud's operators if you need this action."
        case .alreadyLocked, .notLocked: "Nothing needs doing."
        }
    }
}
