public import Localization

/// What went wrong with a volume, floating IP, key pair, security group or image (wrapped in
/// ``CoreError/resource(_:)``).
public enum ResourceProblem: Sendable, Equatable {
    /// No resource of that kind ("volume", "floating IP"…) with that name, address or id.
    case notFound(kind: String, String)
    /// Several resources of that kind share the name.
    case ambiguous(kind: String, String, matches: [String])
    /// A volume is attached to an instance, which the operation does not allow.
    case volumeAttached(volume: String, instance: String)
    /// A volume is not attached to that instance.
    case volumeNotAttached(volume: String, instance: String)
    /// A volume is not `available` (its status is given).
    case volumeNotAvailable(volume: String, status: String)
    /// Extending needs a larger size (current and requested GiB).
    case sizeNotLarger(volume: String, current: Int, requested: Int)
    /// No external network to allocate floating IPs from.
    case noExternalNetwork
    /// The instance has no network port to put a floating IP on.
    case instanceHasNoPort(String)
    /// The text is not an OpenSSH public key (the reason is given).
    case invalidPublicKey(String)
    /// A local file could not be read.
    case unreadableFile(path: String, reason: String)
    /// Only images the project owns can be deleted.
    case notOwnImage(String)
    /// A resource did not reach the wanted state in time.
    case timedOut(kind: String, String, seconds: Int, lastStatus: String)

    /// What happened.
    public var message: LocalizableMessage {
        switch self {
        case .notFound(let kind, let name):
            LocalizableMessage("No {kind} is named {name} or has that id.", ["kind": kind, "name": name])
        case .ambiguous(let kind, let name, let matches):
            LocalizableMessage(
                "{count} of your {kind}s are named {name}: {matches}.",
                ["count": String(matches.count), "kind": kind, "name": name, "matches": matches.joined(separator: ", ")])
        case .volumeAttached(let volume, let instance):
            LocalizableMessage("Volume {volume} is attached to instance {instance}.", ["volume": volume, "instance": instance])
        case .volumeNotAttached(let volume, let instance):
            LocalizableMessage("Volume {volume} is not attached to instance {instance}.", ["volume": volume, "instance": instance])
        case .volumeNotAvailable(let volume, let status):
            LocalizableMessage("Volume {volume} is {status}, not available.", ["volume": volume, "status": status])
        case .sizeNotLarger(let volume, let current, let requested):
            LocalizableMessage(
                "Volume {volume} already has {current} GiB; a volume can only grow, not to {requested} GiB.",
                ["volume": volume, "current": String(current), "requested": String(requested)])
        case .noExternalNetwork:
            LocalizableMessage("This cloud offers no external network to take a public IP address from.")
        case .instanceHasNoPort(let instance):
            LocalizableMessage("Instance {instance} has no network port to attach a public IP address to.", ["instance": instance])
        case .invalidPublicKey(let reason):
            LocalizableMessage("That is not an OpenSSH public key: {reason}.", ["reason": reason])
        case .unreadableFile(let path, let reason):
            LocalizableMessage("Cannot read {path}: {reason}.", ["path": path, "reason": reason])
        case .notOwnImage(let image):
            LocalizableMessage("Image {image} belongs to another project; you can only delete your own images.", ["image": image])
        case .timedOut(let kind, let name, let seconds, let status):
            LocalizableMessage(
                "The {kind} {name} was still {status} after {seconds} seconds.",
                ["kind": kind, "name": name, "seconds": String(seconds), "status": status])
        }
    }

    /// What to do about it.
    public var recovery: LocalizableMessage? {
        switch self {
        case .notFound(let kind, _), .ambiguous(let kind, _, _):
            LocalizableMessage("List them with `exosphere {command} list` and use the id.", ["command": Self.command(for: kind)])
        case .volumeAttached: LocalizableMessage("Detach it first with `exosphere volume detach`.")
        case .volumeNotAttached: LocalizableMessage("See where it is attached with `exosphere volume list`.")
        case .volumeNotAvailable: LocalizableMessage("Wait until it is available, or detach it first.")
        case .sizeNotLarger: LocalizableMessage("Give a size larger than the current one.")
        case .noExternalNetwork: LocalizableMessage("Ask the cloud's operators how to reach instances from outside.")
        case .instanceHasNoPort: LocalizableMessage("Wait until the instance is ACTIVE, then try again.")
        case .invalidPublicKey: LocalizableMessage("Give the contents of a .pub file, such as ~/.ssh/id_ed25519.pub.")
        case .unreadableFile: LocalizableMessage("Check the path and its permissions.")
        case .notOwnImage: nil
        case .timedOut: LocalizableMessage("The cloud may still be working on it; check again in a while.")
        }
    }

    private static func command(for kind: String) -> String {
        switch kind {
        case "floating IP": "floating-ip"
        case "security group": "security-group"
        case "key pair": "keypair"
        default: kind
        }
    }
}
