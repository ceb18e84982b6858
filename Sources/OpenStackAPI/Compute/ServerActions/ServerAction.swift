public import Secrets

/// An action on a server, sent as `POST /servers/{server_id}/action` (Compute API reference,
/// "Servers - run an action").
public enum ServerAction: Sendable, Hashable {
    /// Power on a stopped server (`os-start`).
    case start
    /// Power off (`os-stop`).
    case stop
    /// Reboot, soft (ACPI) or hard (power cycle).
    case reboot(RebootType)
    /// Save memory to disk and stop.
    case suspend
    /// Resume a suspended server.
    case resume
    /// Freeze in memory.
    case pause
    /// Thaw a paused server.
    case unpause
    /// Shelve (snapshot and free the host, unless the cloud keeps it).
    case shelve
    /// Unshelve, optionally into another availability zone (2.77+).
    case unshelve(availabilityZone: String?)
    /// Resize to another flavor; confirm or revert afterwards.
    case resize(flavorRef: String)
    /// Keep a resize.
    case confirmResize
    /// Undo a resize.
    case revertResize
    /// Reinstall from an image.
    case rebuild(ServerRebuildRequest)
    /// Snapshot into a new image; the result carries the image id.
    case createImage(name: String, metadata: [String: String])
    /// Lock against changes by non-admins, with a reason since 2.73.
    case lock(reason: String?)
    /// Unlock.
    case unlock

    /// The action's key in the request body, such as `os-start` or `createImage`.
    public var name: String {
        switch self {
        case .start: "os-start"
        case .stop: "os-stop"
        case .reboot: "reboot"
        case .suspend: "suspend"
        case .resume: "resume"
        case .pause: "pause"
        case .unpause: "unpause"
        case .shelve: "shelve"
        case .unshelve: "unshelve"
        case .resize: "resize"
        case .confirmResize: "confirmResize"
        case .revertResize: "revertResize"
        case .rebuild: "rebuild"
        case .createImage: "createImage"
        case .lock: "lock"
        case .unlock: "unlock"
        }
    }
}

/// `SOFT` or `HARD`.
public enum RebootType: String, Sendable, Hashable, Codable {
    /// Ask the guest to reboot.
    case soft = "SOFT"
    /// Power-cycle.
    case hard = "HARD"
}

/// What to reinstall a server with (the `rebuild` action).
public struct ServerRebuildRequest: Sendable, Hashable, Encodable {
    /// The image id.
    public var imageRef: String
    /// A new name.
    public var name: String?
    /// A new administrator password.
    public var adminPass: Secret?
    /// New metadata (replaces the old).
    public var metadata: [String: String]?
    /// A new key pair; since 2.54.
    public var keyName: String?
    /// New user data as plain text (sent base64-encoded); since 2.57.
    public var userData: String?
    /// A new description; since 2.19.
    public var description: String?
    /// A new guest host name; since 2.90.
    public var hostname: String?

    enum CodingKeys: String, CodingKey {
        case imageRef, name, adminPass, metadata
        case keyName = "key_name"
        case userData = "user_data"
        case description, hostname
    }

    /// Creates a request.
    public init(
        imageRef: String, name: String? = nil, adminPass: Secret? = nil, metadata: [String: String]? = nil,
        keyName: String? = nil, userData: String? = nil, description: String? = nil, hostname: String? = nil
    ) {
        self.imageRef = imageRef
        self.name = name
        self.adminPass = adminPass
        self.metadata = metadata
        self.keyName = keyName
        self.userData = userData
        self.description = description
        self.hostname = hostname
    }
}

/// What an action returned: most return nothing; `createImage` an image id, `rebuild` the server.
public struct ServerActionResult: Sendable, Hashable {
    /// The new image's id, for ``ServerAction/createImage(name:metadata:)``.
    public var imageID: String?
    /// The rebuilt server, for ``ServerAction/rebuild(_:)``.
    public var server: Server?

    /// Creates a result.
    public init(imageID: String? = nil, server: Server? = nil) {
        self.imageID = imageID
        self.server = server
    }
}
