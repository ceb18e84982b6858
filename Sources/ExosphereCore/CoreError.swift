public import Localization

/// What can go wrong in Exosphere's own logic, as opposed to the cloud's answers
/// (`OpenStackError`) or the configuration (`CloudConfigError`).
public enum CoreError: UserFacingError, Equatable {
    /// No project of that name or id on the cloud.
    case projectNotFound(String, cloud: String, available: [String])
    /// The login reaches no project at all.
    case noProjects(cloud: String)
    /// No instance of that name or id in any project searched.
    case instanceNotFound(String)
    /// Several instances share that name.
    case ambiguousInstance(String, matches: [String])
    /// An instance action was refused, failed or did not finish in time.
    case action(ActionProblem)
    /// A volume, floating IP, key pair, security group or image operation could not be done.
    case resource(ResourceProblem)

    // Launching (messages in CoreError+Launch.swift).

    /// No image matches the name or id (after the operator's exclude filters).
    case imageNotFound(String, available: [String])
    /// No image was named and there is no default to use.
    case noImage
    /// No flavor matches the name or id.
    case flavorNotFound(String, available: [String])
    /// No flavor was named, and none fits the image.
    case noFlavor
    /// No key pair of that name.
    case keypairNotFound(String, available: [String])
    /// No usable network of that name.
    case networkNotFound(String)
    /// The cloud has no external network to reach the internet through.
    case noExternalNetwork
    /// A name is not usable as an instance name.
    case invalidName(String)
    /// The count is out of range.
    case invalidCount(Int)
    /// The project lacks quota; each entry names a resource, what is needed and what is left.
    case quotaShort([QuotaShortfall])
    /// The user data exceeds Nova's limit, in bytes once base64-encoded.
    case userDataTooLarge(encodedBytes: Int, limit: Int)
    /// libxcrypt refused to hash the passphrase.
    case passwordHashFailed
    /// The local passphrase vault cannot be written.
    case vaultUnavailable(path: String)
    /// The local passphrase vault cannot be read with its key.
    case vaultUnreadable(path: String)
    /// A step failed; everything created was removed except `leftovers` (descriptions).
    case stepFailed(LaunchStep, reason: String, leftovers: [String])
    /// The instance has no address ssh can reach from here.
    case noReachableAddress(instance: String)
    /// A single sign-on was asked for a cloud whose clouds.yaml entry signs in another way.
    case notSingleSignOn(cloud: String, authType: String)
    /// A single sign-on has nowhere to be kept: the token cache is turned off.
    case singleSignOnNeedsTokenCache(cloud: String)

    /// What happened.
    public var message: LocalizableMessage {
        switch self {
        case .projectNotFound(let project, let cloud, _):
            return LocalizableMessage("Cloud {cloud} has no project named {project}.", ["cloud": cloud, "project": project])
        case .noProjects(let cloud):
            return LocalizableMessage("Your login on cloud {cloud} reaches no project.", ["cloud": cloud])
        case .instanceNotFound(let instance):
            return LocalizableMessage("No instance is named {instance} or has that id.", ["instance": instance])
        case .ambiguousInstance(let instance, let matches):
            return LocalizableMessage(
                "{count} instances are named {instance}: {matches}.",
                ["count": String(matches.count), "instance": instance, "matches": matches.joined(separator: ", ")])
        case .action(let problem): return problem.message
        case .resource(let problem): return problem.message
        case .notSingleSignOn(let cloud, let authType):
            return LocalizableMessage(
                "Cloud {cloud} signs in with {type}, not single sign-on (auth_type: v3websso).", ["cloud": cloud, "type": authType])
        case .singleSignOnNeedsTokenCache(let cloud):
            return LocalizableMessage("A single sign-on to {cloud} is kept in the token cache, which is turned off.", ["cloud": cloud])
        default:
            return launchMessage
        }
    }

    /// What to do about it.
    public var recovery: LocalizableMessage? {
        switch self {
        case .projectNotFound(_, _, let available):
            return LocalizableMessage(
                "Use one of your projects: {projects}.", ["projects": available.joined(separator: ", ")])
        case .noProjects:
            return LocalizableMessage("Ask the cloud's operators to add you to a project.")
        case .instanceNotFound:
            return LocalizableMessage("Check the name with `exosphere server list`, or narrow the search with --project.")
        case .ambiguousInstance:
            return LocalizableMessage("Use the instance's id instead of its name.")
        case .action(let problem): return problem.recovery
        case .resource(let problem): return problem.recovery
        case .notSingleSignOn:
            return LocalizableMessage("Commands sign in to it by themselves; exosphere login is for clouds that use single sign-on.")
        case .singleSignOnNeedsTokenCache:
            return LocalizableMessage("Turn it on in the settings file (token_cache: enabled: true), then sign in again.")
        default:
            return launchRecovery
        }
    }
}
