import Foundation

/// The `openstack` command (python-openstackclient) that does the same as an Exosphere action,
/// an on-ramp to other tools.
public enum OpenStackCommand {
    /// The command line for `action` on `instance`, with words quoted for a POSIX shell.
    public static func line(
        for action: InstanceAction, instance: Instance, options: ActionOptions = ActionOptions(),
        choices: DeletionChoices = DeletionChoices(), plan: DeletionPlan? = nil
    ) -> String {
        let id = instance.id
        var words: [String]
        switch action {
        case .start, .stop, .suspend, .resume, .pause, .unpause, .shelve, .unshelve, .lock, .unlock:
            words = ["openstack", "server", action.rawValue, id]
        case .softReboot: words = ["openstack", "server", "reboot", "--soft", id]
        case .hardReboot: words = ["openstack", "server", "reboot", "--hard", id]
        case .resize: words = ["openstack", "server", "resize", "--flavor", options.flavor ?? "<flavor>", id]
        case .confirmResize: words = ["openstack", "server", "resize", "confirm", id]
        case .revertResize: words = ["openstack", "server", "resize", "revert", id]
        case .rebuild: words = ["openstack", "server", "rebuild", "--image", options.image ?? "<image>", id]
        case .createImage:
            words = ["openstack", "server", "image", "create", "--name", options.imageName ?? instance.name + "-snapshot", id]
        case .delete: words = ["openstack", "server", "delete", id]
        }
        if action == .lock, let reason = options.lockReason { words.insert(contentsOf: ["--reason", reason], at: 3) }
        var lines = [words.map(quoted).joined(separator: " ")]
        if action == .delete, let plan {
            if choices.releaseFloatingIPs, !plan.floatingIPs.isEmpty {
                lines.append((["openstack", "floating", "ip", "delete"] + plan.floatingIPs.map(\.id)).map(quoted).joined(separator: " "))
            }
            if choices.deleteVolumes, !plan.volumes.isEmpty {
                lines.append((["openstack", "volume", "delete"] + plan.volumes.map(\.volume.id)).map(quoted).joined(separator: " "))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `word` as is when it is safe for a shell, else in single quotes.
    static func quoted(_ word: String) -> String {
        let safe = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./:=@<>".contains($0) }
        if safe, !word.isEmpty, !word.contains("<") { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
