/// Something a person can do to an instance. Each maps to one Nova call: a server action
/// (`POST /servers/{id}/action`, Compute API reference "Servers - run an action") or, for
/// ``delete``, `DELETE /servers/{id}`.
public enum InstanceAction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Power on a stopped instance (`os-start`).
    case start
    /// Power off (`os-stop`).
    case stop
    /// Ask the guest to reboot (`reboot` with type `SOFT`).
    case softReboot = "reboot"
    /// Power-cycle (`reboot` with type `HARD`).
    case hardReboot = "hard-reboot"
    /// Save memory to disk and stop (`suspend`).
    case suspend
    /// Bring a suspended instance back (`resume`).
    case resume
    /// Freeze in memory (`pause`).
    case pause
    /// Thaw a paused instance (`unpause`).
    case unpause
    /// Snapshot and free the host (`shelve`).
    case shelve
    /// Bring a shelved instance back (`unshelve`).
    case unshelve
    /// Move to another flavor (`resize`); confirm or revert afterwards.
    case resize
    /// Keep a resize (`confirmResize`).
    case confirmResize = "confirm-resize"
    /// Undo a resize (`revertResize`).
    case revertResize = "revert-resize"
    /// Reinstall from an image (`rebuild`).
    case rebuild
    /// Snapshot into a new image (`createImage`).
    case createImage = "create-image"
    /// Protect against changes (`lock`).
    case lock
    /// Remove the protection (`unlock`).
    case unlock
    /// Delete the instance (`DELETE /servers/{id}`).
    case delete

    /// The verb in plain words, for messages ("reboot", "create an image of").
    public var verb: String {
        switch self {
        case .start: "start"
        case .stop: "stop"
        case .softReboot: "reboot"
        case .hardReboot: "hard-reboot"
        case .suspend: "suspend"
        case .resume: "resume"
        case .pause: "pause"
        case .unpause: "unpause"
        case .shelve: "shelve"
        case .unshelve: "unshelve"
        case .resize: "resize"
        case .confirmResize: "confirm the resize of"
        case .revertResize: "revert the resize of"
        case .rebuild: "rebuild"
        case .createImage: "create an image of"
        case .lock: "lock"
        case .unlock: "unlock"
        case .delete: "delete"
        }
    }
}
