extension InstanceAction {
    /// The statuses that end a wait for this action once no task runs; `nil` for delete (which
    /// ends when the server is gone). From the Compute API reference, "Servers - run an action"
    /// (each action's resulting status) and "Server Status".
    var targetStatuses: Set<String>? {
        switch self {
        case .start, .softReboot, .hardReboot, .resume, .unpause, .unshelve: ["ACTIVE"]
        case .stop: ["SHUTOFF"]
        case .suspend: ["SUSPENDED"]
        case .pause: ["PAUSED"]
        // With shelved_offload_time 0 (Nova's default) the instance ends SHELVED_OFFLOADED; with a
        // positive one it rests in SHELVED first.
        case .shelve: ["SHELVED", "SHELVED_OFFLOADED"]
        case .resize: ["VERIFY_RESIZE"]
        // Confirm, revert and rebuild keep the power state the instance had.
        case .confirmResize, .revertResize, .rebuild: ["ACTIVE", "SHUTOFF"]
        case .createImage: ["ACTIVE", "SHUTOFF", "PAUSED", "SUSPENDED"]
        case .lock, .unlock: []
        case .delete: nil
        }
    }
}
