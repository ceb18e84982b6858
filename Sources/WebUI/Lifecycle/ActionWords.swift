import ExosphereCore
import Foundation
import Localization

/// The words shown for instance actions and their refusals. The core's `verb` and `reason` are
/// English for the CLI; the web UI needs catalogue messages, one literal per case, so the template
/// extraction finds every one.
enum ActionWords {
    /// The button label for `action`.
    static func label(_ action: InstanceAction) -> LocalizableMessage {
        switch action {
        case .start: LocalizableMessage("Start")
        case .stop: LocalizableMessage("Stop")
        case .softReboot: LocalizableMessage("Reboot")
        case .hardReboot: LocalizableMessage("Hard reboot")
        case .suspend: LocalizableMessage("Suspend")
        case .resume: LocalizableMessage("Resume")
        case .pause: LocalizableMessage("Pause")
        case .unpause: LocalizableMessage("Unpause")
        case .shelve: LocalizableMessage("Shelve")
        case .unshelve: LocalizableMessage("Unshelve")
        case .resize: LocalizableMessage("Resize")
        case .confirmResize: LocalizableMessage("Confirm resize")
        case .revertResize: LocalizableMessage("Revert resize")
        case .rebuild: LocalizableMessage("Rebuild")
        case .createImage: LocalizableMessage("Create image")
        case .lock: LocalizableMessage("Lock")
        case .unlock: LocalizableMessage("Unlock")
        case .delete: LocalizableMessage("Delete")
        }
    }

    /// Why `refusal` stops an action, as a sentence.
    static func reason(_ refusal: ActionRefusal) -> LocalizableMessage {
        switch refusal {
        case .locked: LocalizableMessage("The instance is locked; unlock it first.")
        case .notAllowedInState(let status): LocalizableMessage("Not possible while the instance is {status}.", ["status": status])
        case .busy(let task):
            LocalizableMessage("The instance is busy ({task}); wait until it finishes.", ["task": task.replacingOccurrences(of: "_", with: " ")])
        case .disallowedByOperator: LocalizableMessage("The cloud's operators do not allow this for this instance.")
        case .alreadyLocked: LocalizableMessage("The instance is already locked.")
        case .notLocked: LocalizableMessage("The instance is not locked.")
        }
    }

    /// What the person sees once the cloud accepted an action; `action` is its translated label.
    static func accepted(_ action: String, instance: String) -> LocalizableMessage {
        LocalizableMessage("{action}: the cloud accepted the request for {instance}.", ["action": action, "instance": instance])
    }
}
