import Localization
import Foundation

/// How an instance's Nova status reads to people, and which theme role colours it.
///
/// Statuses from the Compute API reference, "Server Status"; a task state (such as `spawning` or
/// `rebooting`) means an action is under way whatever the status says.
struct StatusPresentation: Sendable {
    var label: LocalizableMessage
    var role: String
    var inTransition: Bool

    /// The statuses offered as filters, in the order shown.
    static let filterable = ["ACTIVE", "BUILD", "SHUTOFF", "SHELVED_OFFLOADED", "PAUSED", "SUSPENDED", "ERROR"]

    private static let transitional: Set<String> = [
        "BUILD", "REBOOT", "HARD_REBOOT", "RESIZE", "VERIFY_RESIZE", "REVERT_RESIZE", "MIGRATING", "REBUILD", "PASSWORD",
    ]

    /// Whether the status or a task under way means the instance is changing, without building
    /// the words (the dashboard asks this of every instance).
    static func isInTransition(status: String, taskState: String?) -> Bool {
        taskState != nil || transitional.contains(status)
    }

    init(status: String, taskState: String? = nil) {
        inTransition = Self.isInTransition(status: status, taskState: taskState)
        switch status {
        case "ACTIVE": (label, role) = (LocalizableMessage("Ready"), "success")
        case "BUILD": (label, role) = (LocalizableMessage("Building"), "attention")
        case "SHUTOFF": (label, role) = (LocalizableMessage("Stopped"), "muted")
        case "SHELVED", "SHELVED_OFFLOADED": (label, role) = (LocalizableMessage("Shelved"), "done")
        case "PAUSED": (label, role) = (LocalizableMessage("Paused"), "muted")
        case "SUSPENDED": (label, role) = (LocalizableMessage("Suspended"), "muted")
        case "ERROR": (label, role) = (LocalizableMessage("Error"), "danger")
        case "REBOOT", "HARD_REBOOT": (label, role) = (LocalizableMessage("Rebooting"), "attention")
        case "RESIZE", "VERIFY_RESIZE", "REVERT_RESIZE": (label, role) = (LocalizableMessage("Resizing"), "attention")
        case "DELETED", "SOFT_DELETED": (label, role) = (LocalizableMessage("Deleted"), "muted")
        default: (label, role) = (LocalizableMessage("Status {status}", ["status": status]), inTransition ? "attention" : "muted")
        }
        if let taskState, status == "ACTIVE" || status == "SHUTOFF" {
            label = LocalizableMessage("Working: {task}", ["task": taskState.replacingOccurrences(of: "_", with: " ")])
            role = "attention"
        }
    }
}
