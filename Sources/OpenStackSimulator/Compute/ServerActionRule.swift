/// When an action is allowed, after nova/compute/api.py's `check_instance_lock` and
/// `check_instance_state` decorators.
struct ServerActionRule {
    /// The action name as Nova reports it in 409 messages, such as `os-stop`.
    var name: String
    /// Allowed vm_states; `nil` allows any.
    var vmStates: [String]?
    /// Allowed task_states (`nil` in the list means "no task running").
    var taskStates: [String?] = [nil]
    var checksLock = true

    /// Throws Nova's 409 when the action may not run now (Compute API ref, "Servers - run an
    /// action": 409 conflictingRequest "Cannot '<action>' instance <id> while it is in vm_state <state>").
    func check(_ server: ServerRecord, phase: ServerPhase) throws(APIError) {
        if checksLock, server.locked { throw APIError.conflict("Instance \(server.id) is locked") }
        if let vmStates, !vmStates.contains(phase.vmState) {
            throw APIError.conflict("Cannot '\(name)' instance \(server.id) while it is in vm_state \(phase.vmState)")
        }
        if !taskStates.contains(phase.taskState) {
            throw APIError.conflict(
                "Cannot '\(name)' instance \(server.id) while it is in task_state \(phase.taskState ?? "None")")
        }
    }

    static let stop = ServerActionRule(name: "os-stop", vmStates: ["active", "error"])
    static let start = ServerActionRule(name: "os-start", vmStates: ["stopped"])
    static let softReboot = ServerActionRule(name: "reboot", vmStates: ["active"])
    static let hardReboot = ServerActionRule(
        name: "reboot", vmStates: ["active", "stopped", "paused", "suspended", "error"],
        taskStates: [nil, "rebooting", "reboot_pending", "reboot_started", "rebooting_hard", "reboot_pending_hard", "reboot_started_hard"])
    static let pause = ServerActionRule(name: "pause", vmStates: ["active"])
    static let unpause = ServerActionRule(name: "unpause", vmStates: ["paused"])
    static let suspend = ServerActionRule(name: "suspend", vmStates: ["active"])
    static let resume = ServerActionRule(name: "resume", vmStates: ["suspended"])
    static let shelve = ServerActionRule(name: "shelve", vmStates: ["active", "stopped", "paused", "suspended"])
    static let unshelve = ServerActionRule(name: "unshelve", vmStates: ["shelved", "shelved_offloaded"])
    static let resize = ServerActionRule(name: "resize", vmStates: ["active", "stopped"])
    static let confirmResize = ServerActionRule(name: "confirmResize", vmStates: ["resized"])
    static let revertResize = ServerActionRule(name: "revertResize", vmStates: ["resized"])
    static let rebuild = ServerActionRule(name: "rebuild", vmStates: ["active", "stopped", "error"])
    static let createImage = ServerActionRule(
        name: "createImage", vmStates: ["active", "stopped", "paused", "suspended"], checksLock: false)
    static let attachVolume = ServerActionRule(
        name: "attach_volume",
        vmStates: ["active", "paused", "stopped", "resized", "soft-delete", "suspended", "shelved", "shelved_offloaded"])
    static let detachVolume = ServerActionRule(
        name: "detach_volume",
        vmStates: ["active", "paused", "stopped", "resized", "soft-delete", "suspended", "shelved", "shelved_offloaded"])
}
