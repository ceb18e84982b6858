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
        }
    }
}
