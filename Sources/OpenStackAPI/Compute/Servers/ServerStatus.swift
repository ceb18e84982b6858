/// A server's status as Nova reports it (Compute API reference, "Server status").
///
/// A struct rather than an enum, so that a status added by a later Nova decodes instead of failing.
public struct ServerStatus: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The status text, such as `ACTIVE`.
    public var rawValue: String

    /// Wraps a status text.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Running.
    public static let active = ServerStatus(rawValue: "ACTIVE")
    /// Being created.
    public static let build = ServerStatus(rawValue: "BUILD")
    /// Deleted (seen with `changes-since`).
    public static let deleted = ServerStatus(rawValue: "DELETED")
    /// Failed.
    public static let error = ServerStatus(rawValue: "ERROR")
    /// Being rebooted hard.
    public static let hardReboot = ServerStatus(rawValue: "HARD_REBOOT")
    /// Being migrated.
    public static let migrating = ServerStatus(rawValue: "MIGRATING")
    /// Password being changed.
    public static let password = ServerStatus(rawValue: "PASSWORD")
    /// Paused.
    public static let paused = ServerStatus(rawValue: "PAUSED")
    /// Being rebooted.
    public static let reboot = ServerStatus(rawValue: "REBOOT")
    /// Being rebuilt.
    public static let rebuild = ServerStatus(rawValue: "REBUILD")
    /// In rescue mode.
    public static let rescue = ServerStatus(rawValue: "RESCUE")
    /// Being resized.
    public static let resize = ServerStatus(rawValue: "RESIZE")
    /// Resized; waiting for confirm or revert.
    public static let verifyResize = ServerStatus(rawValue: "VERIFY_RESIZE")
    /// A resize is being reverted.
    public static let revertResize = ServerStatus(rawValue: "REVERT_RESIZE")
    /// Shelved, still on its host.
    public static let shelved = ServerStatus(rawValue: "SHELVED")
    /// Shelved and removed from its host.
    public static let shelvedOffloaded = ServerStatus(rawValue: "SHELVED_OFFLOADED")
    /// Stopped.
    public static let shutoff = ServerStatus(rawValue: "SHUTOFF")
    /// Deleted, restorable for a while.
    public static let softDeleted = ServerStatus(rawValue: "SOFT_DELETED")
    /// Suspended to disk.
    public static let suspended = ServerStatus(rawValue: "SUSPENDED")
    /// Unknown (for example, its cell is down; since 2.69).
    public static let unknown = ServerStatus(rawValue: "UNKNOWN")

    /// The raw status text.
    public var description: String { rawValue }
}
