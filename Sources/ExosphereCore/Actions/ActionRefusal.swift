import Foundation
public import Localization

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
    public var reasonMessage: LocalizableMessage {
        switch self {
        case .locked: LocalizableMessage("the instance is locked")
        case .notAllowedInState(let status): LocalizableMessage("not allowed in state {status}", ["status": status])
        case .busy(let task):
            LocalizableMessage("the instance is busy ({task})", ["task": task.replacingOccurrences(of: "_", with: " ")])
        case .disallowedByOperator: LocalizableMessage("the cloud's operators do not allow it for this instance")
        case .alreadyLocked: LocalizableMessage("the instance is already locked")
        case .notLocked: LocalizableMessage("the instance is not locked")
        }
    }

    /// What the person can do about it.
    public var remedyMessage: LocalizableMessage {
        switch self {
        case .locked: LocalizableMessage("Unlock it first with `exosphere server unlock`.")
        case .notAllowedInState: LocalizableMessage("Check which actions its state allows with `exosphere server show`.")
        case .busy: LocalizableMessage("Wait until the current operation ends, then try again.")
        case .disallowedByOperator: LocalizableMessage("Ask the cloud's operators if you need this action.")
        case .alreadyLocked, .notLocked: LocalizableMessage("Nothing needs doing.")
        }
    }

    /// ``reasonMessage`` in English.
    public var reason: String { reasonMessage.sourceText }

    /// ``remedyMessage`` in English.
    public var remedy: String { remedyMessage.sourceText }
}
