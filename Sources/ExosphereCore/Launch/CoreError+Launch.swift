import Localization

/// Messages for the launch cases of ``CoreError``.
extension CoreError {
    /// What happened, for the launch cases.
    var launchMessage: LocalizableMessage {
        switch self {
        case .imageNotFound(let image, _):
            LocalizableMessage("No image is named {image} or has that id.", ["image": image])
        case .noImage:
            LocalizableMessage("No image was chosen and the operator set no default image.")
        case .flavorNotFound(let flavor, _):
            LocalizableMessage("No flavor is named {flavor} or has that id.", ["flavor": flavor])
        case .noFlavor:
            LocalizableMessage("No flavor was chosen and none is large enough for the image.")
        case .keypairNotFound(let keypair, _):
            LocalizableMessage("You have no key pair named {keypair}.", ["keypair": keypair])
        case .networkNotFound(let network):
            LocalizableMessage("No network of this project is named {network}.", ["network": network])
        case .noExternalNetwork:
            LocalizableMessage("The cloud has no external network, so a new network could not reach the internet.")
        case .invalidName(let name):
            LocalizableMessage("{name} cannot be an instance name.", ["name": name])
        case .invalidCount(let count):
            LocalizableMessage("{count} instances cannot be launched at once.", ["count": String(count)])
        case .quotaShort(let shortfalls):
            LocalizableMessage(
                "The project's quota is too small: {shortfalls}.",
                ["shortfalls": shortfalls.map(\.summary.sourceText).joined(separator: "; ")])
        case .userDataTooLarge(let bytes, let limit):
            LocalizableMessage(
                "The setup script is {bytes} bytes once encoded; the cloud accepts at most {limit}.",
                ["bytes": String(bytes), "limit": String(limit)])
        case .passwordHashFailed:
            LocalizableMessage("The passphrase could not be hashed.")
        case .vaultUnavailable(let path):
            LocalizableMessage("The passphrase could not be stored in {path}.", ["path": path])
        case .vaultUnreadable(let path):
            LocalizableMessage("The passphrase stored in {path} cannot be read.", ["path": path])
        case .stepFailed(let step, let reason, _):
            LocalizableMessage(
                "The launch failed while {activity}: {reason}", ["activity": step.activity.sourceText, "reason": reason])
        case .noReachableAddress(let instance):
            LocalizableMessage("Instance {instance} has no IP address this computer can reach.", ["instance": instance])
        default:
            // The other cases are worded in CoreError.swift, which asks here only for launch cases.
            LocalizableMessage("The launch failed.")
        }
    }

    /// What to do about it, for the launch cases.
    var launchRecovery: LocalizableMessage? {
        switch self {
        case .imageNotFound(_, let available), .flavorNotFound(_, let available), .keypairNotFound(_, let available):
            available.isEmpty
                ? nil
                : LocalizableMessage(
                    "Choose one of: {choices}.", ["choices": available.prefix(12).joined(separator: ", ")])
        case .noImage: LocalizableMessage("Name an image with --image; `exosphere image list` shows them.")
        case .noFlavor: LocalizableMessage("Name a flavor with --flavor; `exosphere flavor list` shows them.")
        case .networkNotFound: LocalizableMessage("Leave the network out to let Exosphere choose one.")
        case .noExternalNetwork: LocalizableMessage("Ask the cloud's operators which network to use.")
        case .invalidName:
            LocalizableMessage("Use letters, digits, '-', '_' and '.', up to 63 characters, starting with a letter or digit.")
        case .invalidCount: LocalizableMessage("Launch between 1 and 50 instances at once.")
        case .quotaShort:
            LocalizableMessage("Delete instances or volumes you no longer need, or ask your allocation's manager for more.")
        case .userDataTooLarge: LocalizableMessage("Choose fewer software options or shorten the operator's setup parts.")
        case .passwordHashFailed: LocalizableMessage("Check that libxcrypt is installed correctly.")
        case .vaultUnavailable, .vaultUnreadable:
            LocalizableMessage("Check that the folder is yours and not full; the instance itself is not affected.")
        case .stepFailed(_, _, let leftovers):
            leftovers.isEmpty
                ? LocalizableMessage("Everything the launch created has been removed; you can try again.")
                : LocalizableMessage(
                    "These could not be removed and still count against your quota: {leftovers}.",
                    ["leftovers": leftovers.joined(separator: ", ")])
        case .noReachableAddress:
            LocalizableMessage("Give it a public IP with `exosphere floating-ip`, or connect from inside the cloud.")
        default:
            nil
        }
    }
}
