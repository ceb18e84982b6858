extension Instance {
    /// Whether the instance is between states: building, rebooting, resizing, shelving and so on.
    ///
    /// Compute API ref, "Server concepts": these statuses are transient, and any non-null
    /// `OS-EXT-STS:task_state` means Nova is working on the server.
    public var isInTransition: Bool {
        if let taskState, !taskState.isEmpty { return true }
        return Self.transientStatuses.contains(status)
    }

    private static let transientStatuses: Set<String> = [
        "BUILD", "REBOOT", "HARD_REBOOT", "REBUILD", "RESIZE", "REVERT_RESIZE", "MIGRATING", "PASSWORD",
    ]
}
