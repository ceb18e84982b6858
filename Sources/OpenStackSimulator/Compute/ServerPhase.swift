/// The part of a server that changes over time: Nova's `vm_state`, `task_state`, `power_state`,
/// build progress and the flavor in use (which changes at the end of a resize).
struct ServerPhase: Sendable, Equatable {
    var vmState: String
    var taskState: String?
    /// Compute API ref, "Show Server Details": 0 NOSTATE, 1 RUNNING, 3 PAUSED, 4 SHUTDOWN, 7 SUSPENDED.
    var powerState: Int
    var progress: Int = 0
    var flavorID: String

    static let running = 1
    static let paused = 3
    static let shutdown = 4
    static let suspended = 7
    static let noState = 0

    /// The status Nova derives from vm_state and task_state (nova/api/openstack/common.py
    /// `_STATE_MAP`, as listed in Compute API ref, "Server Status").
    var status: String {
        switch vmState {
        case "active":
            switch taskState {
            case "rebooting", "reboot_pending", "reboot_started": return "REBOOT"
            case "rebooting_hard", "reboot_pending_hard", "reboot_started_hard": return "HARD_REBOOT"
            case "rebuilding", "rebuild_block_device_mapping", "rebuild_spawning": return "REBUILD"
            case "resize_prep", "resize_migrating", "resize_migrated", "resize_finish": return "RESIZE"
            case "migrating": return "MIGRATING"
            default: return "ACTIVE"
            }
        case "building": return "BUILD"
        case "stopped":
            switch taskState {
            case "resize_prep", "resize_migrating", "resize_migrated", "resize_finish": return "RESIZE"
            case "rebuilding", "rebuild_block_device_mapping", "rebuild_spawning": return "REBUILD"
            default: return "SHUTOFF"
            }
        case "resized": return taskState == "resize_reverting" ? "REVERT_RESIZE" : "VERIFY_RESIZE"
        case "paused": return "PAUSED"
        case "suspended": return "SUSPENDED"
        case "rescued": return "RESCUE"
        case "error": return "ERROR"
        case "deleted": return "DELETED"
        case "soft-delete": return "SOFT_DELETED"
        case "shelved": return "SHELVED"
        case "shelved_offloaded": return "SHELVED_OFFLOADED"
        default: return "UNKNOWN"
        }
    }

    /// Whether the instance sits on a compute host (no host while scheduling or offloaded).
    var hasHost: Bool {
        switch vmState {
        case "shelved_offloaded": false
        case "building": taskState != "scheduling"
        default: true
        }
    }

    /// The vm_states a `status` filter value selects (Compute API ref, "List Servers": `status`).
    static func vmStates(forStatus status: String) -> [String]? {
        switch status.uppercased() {
        case "ACTIVE", "REBOOT", "HARD_REBOOT", "REBUILD", "MIGRATING", "PASSWORD": ["active"]
        case "BUILD": ["building"]
        case "SHUTOFF": ["stopped"]
        case "RESIZE": ["active", "stopped"]
        case "VERIFY_RESIZE", "REVERT_RESIZE": ["resized"]
        case "PAUSED": ["paused"]
        case "SUSPENDED": ["suspended"]
        case "RESCUE": ["rescued"]
        case "ERROR": ["error"]
        case "DELETED": ["deleted"]
        case "SOFT_DELETED": ["soft-delete"]
        case "SHELVED": ["shelved"]
        case "SHELVED_OFFLOADED": ["shelved_offloaded"]
        default: nil
        }
    }
}
