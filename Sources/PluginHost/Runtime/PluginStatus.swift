/// Where a plugin is in its life.
public enum PluginStatus: Sendable, Hashable {
    /// Found and checked, not started.
    case stopped
    /// `init.lua` ran; the plugin answers events and renders.
    case running
    /// Stopped for a reason shown to the operator; the host keeps serving without it.
    case failed(PluginError)

    /// One word for lists: `stopped`, `running` or `failed`.
    public var name: String {
        switch self {
        case .stopped: return "stopped"
        case .running: return "running"
        case .failed: return "failed"
        }
    }
}
