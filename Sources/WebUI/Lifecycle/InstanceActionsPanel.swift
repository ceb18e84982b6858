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
        /// Where the button's form posts (delete goes to its confirmation page instead).
        var url: String
        var isDelete: Bool
        /// The equivalent `openstack` command.
        var command: String
    }

    /// Actions that need more than a click (a flavor, an image, a name) are left to the CLI for now.
    static let needsOptions: Set<InstanceAction> = [.resize, .rebuild]

    var buttons: [Button]

    init(instance: Instance, baseURL: String, matrix: ActionMatrix = ActionMatrix(), localizer: any MessageLocalizer) {
        buttons = matrix.evaluate(in: InstanceState(instance)).compactMap { action, refusal in
            guard !Self.needsOptions.contains(action) else { return nil }
            return Button(
                action: action.rawValue, label: localizer.text(ActionWords.label(action)), allowed: refusal == nil,
                reason: refusal.map { localizer.text(ActionWords.reason($0)) },
                url: baseURL + (action == .delete ? "/delete" : "/actions/" + action.rawValue), isDelete: action == .delete,
                command: OpenStackCommand.line(for: action, instance: instance))
        }
    }
}
