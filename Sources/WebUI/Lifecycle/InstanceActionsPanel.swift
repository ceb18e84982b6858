import ExosphereCore
import Localization

/// The action buttons of an instance page, from ``ActionMatrix/evaluate(in:)``: every action,
/// allowed ones as buttons that post, refused ones disabled with the reason in words.
struct InstanceActionsPanel: Sendable {
    struct Button: Sendable {
        /// The action's name in URLs (`stop`, `hard-reboot`).
        var action: String
        var label: String
        var allowed: Bool
        var reason: String?
        /// Where the button's form posts; delete, resize and rebuild open their own page instead.
        var url: String
        var isDelete: Bool
        /// Whether the button is a link to a page that asks more (a confirmation, a flavor, an image).
        var opensPage: Bool
        /// The equivalent `openstack` command.
        var command: String
    }

    /// Actions that need more than a click, and the page (after the instance's address) that asks.
    static let pages: [InstanceAction: String] = [.delete: "/delete", .resize: "/resize", .rebuild: "/rebuild"]

    var buttons: [Button]
    /// Whether a finished resize waits for the person to keep or undo it.
    var awaitsResizeConfirmation: Bool

    init(instance: Instance, baseURL: String, matrix: ActionMatrix = ActionMatrix(), localizer: any MessageLocalizer) {
        buttons = matrix.evaluate(in: InstanceState(instance)).map { action, refusal in
            Button(
                action: action.rawValue, label: localizer.text(ActionWords.label(action)), allowed: refusal == nil,
                reason: refusal.map { localizer.text(ActionWords.reason($0)) },
                url: baseURL + (Self.pages[action] ?? "/actions/" + action.rawValue), isDelete: action == .delete,
                opensPage: Self.pages[action] != nil, command: OpenStackCommand.line(for: action, instance: instance))
        }
        awaitsResizeConfirmation = instance.status.uppercased() == "VERIFY_RESIZE"
    }
}
