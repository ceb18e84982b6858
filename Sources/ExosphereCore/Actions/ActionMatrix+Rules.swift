import Foundation

extension ActionMatrix {
    /// One action's guard: the vm_states it needs (`nil`: any), the task states it tolerates
    /// besides none (`nil`: any), and whether a lock blocks it.
    struct Rule: Sendable {
        var vmStates: Set<String>?
        var taskStates: Set<String>? = []
        var checksLock = true
    }

    // From nova/compute/api.py (Zed): the `check_instance_state(vm_state=…, task_state=…)` and
    // `check_instance_lock` decorators on each API method; the reference "Virtual Machine States
    // and Transitions" lists the same requirements per command.
    static func rule(for action: InstanceAction) -> Rule {
        switch action {
        case .start: Rule(vmStates: ["stopped"])
        // Nova allows stopping an instance in ERROR to recover it.
        case .stop: Rule(vmStates: ["active", "error"])
        case .softReboot: Rule(vmStates: ["active"])
        // A hard reboot may interrupt a stuck reboot, soft or hard.
        case .hardReboot:
            Rule(
                vmStates: ["active", "stopped", "paused", "suspended", "error"],
                taskStates: [
                    "rebooting", "reboot_pending", "reboot_started", "rebooting_hard", "reboot_pending_hard",
                    "reboot_started_hard",
                ])
        case .suspend, .pause: Rule(vmStates: ["active"])
        case .resume: Rule(vmStates: ["suspended"])
        case .unpause: Rule(vmStates: ["paused"])
        case .shelve: Rule(vmStates: ["active", "stopped", "paused", "suspended"])
        case .unshelve: Rule(vmStates: ["shelved", "shelved_offloaded"])
        case .resize: Rule(vmStates: ["active", "stopped"])
        case .confirmResize, .revertResize: Rule(vmStates: ["resized"])
        case .rebuild: Rule(vmStates: ["active", "stopped", "error"])
        // `snapshot` is not guarded by the lock (a locked instance can still be backed up).
        case .createImage: Rule(vmStates: ["active", "stopped", "paused", "suspended"], checksLock: false)
        case .lock, .unlock: Rule(vmStates: nil, taskStates: nil, checksLock: false)
        // `delete` checks the lock but accepts any vm_state and task state.
        case .delete: Rule(vmStates: nil, taskStates: nil)
        }
    }
}

extension ActionMatrix {
    /// A matrix with the operators' disallowed actions named as in Exosphere's settings file
    /// (`disallowed_actions` of a flavor group): `reboot` covers soft and hard reboots, `resize`
    /// also its confirm and revert, `create_image` snapshots; unknown names are ignored (the
    /// settings loader refuses them).
    public init(disallowedNames: [String]) {
        var actions: Set<InstanceAction> = []
        for name in disallowedNames {
            switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
            case "reboot": actions.formUnion([.softReboot, .hardReboot])
            case "resize": actions.formUnion([.resize, .confirmResize, .revertResize])
            case let other: if let action = InstanceAction(rawValue: other) { actions.insert(action) }
            }
        }
        self.init(disallowed: actions)
    }
}
