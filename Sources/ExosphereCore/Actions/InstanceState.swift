import OpenStackAPI

/// What the allowed-action matrix looks at: Nova's `vm_state`, `task_state` and lock flag.
///
/// Nova decides with `vm_state` and `task_state` (its `check_instance_state` and
/// `check_instance_lock` guards; Nova reference "Virtual Machine States and Transitions"). A
/// listing without the `OS-EXT-STS` fields only has the status; ``vmState`` is then derived from
/// it through the inverse of the status map in the Compute API reference ("Server Status").
public struct InstanceState: Sendable, Hashable {
    /// Nova's status, such as `ACTIVE` or `SHELVED_OFFLOADED`; shown in refusals.
    public var status: String
    /// Nova's `vm_state`, such as `active` or `shelved_offloaded`.
    public var vmState: String
    /// Nova's `task_state` while an operation runs, else `nil`.
    public var taskState: String?
    /// Whether the instance is locked.
    public var locked: Bool

    /// Creates a state; without a `vmState` it is derived from `status`.
    public init(status: String, vmState: String? = nil, taskState: String? = nil, locked: Bool = false) {
        self.status = status.uppercased()
        self.vmState = vmState?.lowercased() ?? Self.vmState(forStatus: status)
        self.taskState = taskState
        self.locked = locked
    }

    /// The state of an instance as listed.
    public init(_ instance: Instance) {
        self.init(status: instance.status, taskState: instance.taskState, locked: instance.locked ?? false)
    }

    /// The state of a server as Nova shows it.
    init(_ server: Server) {
        self.init(
            status: server.status?.rawValue ?? "UNKNOWN", vmState: server.vmState, taskState: server.taskState,
            locked: server.locked ?? false)
    }

    // Compute API reference, "Server Status": REBOOT, HARD_REBOOT, REBUILD, PASSWORD and MIGRATING
    // are ACTIVE with a task; RESIZE may be active or stopped (a task runs either way, so the
    // choice does not change the answer).
    static func vmState(forStatus status: String) -> String {
        switch status.uppercased() {
        case "ACTIVE", "REBOOT", "HARD_REBOOT", "REBUILD", "PASSWORD", "MIGRATING", "RESIZE": "active"
        case "BUILD": "building"
        case "SHUTOFF": "stopped"
        case "VERIFY_RESIZE", "REVERT_RESIZE": "resized"
        case "PAUSED": "paused"
        case "SUSPENDED": "suspended"
        case "RESCUE": "rescued"
        case "ERROR": "error"
        case "DELETED": "deleted"
        case "SOFT_DELETED": "soft-delete"
        case "SHELVED": "shelved"
        case "SHELVED_OFFLOADED": "shelved_offloaded"
        default: "unknown"
        }
    }
}
