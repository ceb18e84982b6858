public import Localization

/// What went wrong with an instance action (wrapped in ``CoreError/action(_:)``).
public enum ActionProblem: Sendable, Equatable {
    /// The action may not run now; the refusal says why.
    case refused(InstanceAction, instance: String, ActionRefusal)
    /// The action needs an option that was not given (such as a flavor for resize).
    case missingOption(InstanceAction, option: String)
    /// No flavor of that name or id.
    case flavorNotFound(String)
    /// No image of that name or id.
    case imageNotFound(String)
    /// The instance did not reach the action's end state in time (seconds waited, last status).
    case timedOut(InstanceAction, instance: String, seconds: Int, lastStatus: String)
    /// The instance went into ERROR while the action ran; Nova's fault message if it gave one.
    case endedInError(InstanceAction, instance: String, fault: String?)

    /// What happened.
    public var message: LocalizableMessage {
        switch self {
        case .refused(let action, let instance, let refusal):
            LocalizableMessage(
                "Cannot {action} instance {instance}: {reason}.",
                ["action": action.verb, "instance": instance, "reason": refusal.reason])
        case .missingOption(let action, let option):
            LocalizableMessage("To {action} an instance, say which {option} to use.", ["action": action.verb, "option": option])
        case .flavorNotFound(let flavor):
            LocalizableMessage("No flavor is named {flavor} or has that id.", ["flavor": flavor])
        case .imageNotFound(let image):
            LocalizableMessage("No image is named {image} or has that id.", ["image": image])
        case .timedOut(let action, let instance, let seconds, let status):
            LocalizableMessage(
                "Instance {instance} did not finish the {action} within {seconds} seconds; it is {status}.",
                ["instance": instance, "action": action.verb, "seconds": String(seconds), "status": status])
        case .endedInError(let action, let instance, let fault):
            LocalizableMessage(
                "Instance {instance} went into ERROR during the {action}: {fault}.",
                ["instance": instance, "action": action.verb, "fault": fault ?? "the cloud gave no reason"])
        }
    }

    /// What to do about it.
    public var recovery: LocalizableMessage? {
        switch self {
        case .refused(_, _, let refusal): refusal.remedyMessage
        case .missingOption(_, let option): LocalizableMessage("Pass --{option}.", ["option": option])
        case .flavorNotFound: LocalizableMessage("See the flavors with `exosphere flavor list`.")
        case .imageNotFound: LocalizableMessage("See the images with `exosphere image list`.")
        case .timedOut:
            LocalizableMessage("The cloud may still be working on it; check with `exosphere server show`, or wait longer.")
        case .endedInError:
            LocalizableMessage("Try a hard reboot or rebuild; if it stays in ERROR, ask the cloud's operators.")
        }
    }
}
