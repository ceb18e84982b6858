public import Localization
public import Secrets

/// A finished launch: the instances and how to log in.
public struct LaunchResult: Sendable {
    /// The instances, in the plan's order.
    public var instances: [LaunchedInstance]
    /// The user to log in as (`exouser`).
    public var user: String
    /// The passphrase of that user, to show once; also kept in the local vault.
    public var passphrase: Secret
    /// The plan that was carried out.
    public var plan: LaunchPlan
}

/// One launched instance.
public struct LaunchedInstance: Sendable, Hashable, Codable {
    /// Nova's id.
    public var id: String
    /// Its name.
    public var name: String
    /// Its private address.
    public var fixedAddress: String?
    /// Its public address, if it has one.
    public var publicAddress: String?
    /// The extra volume's id, if one was made.
    public var volumeID: String?

    enum CodingKeys: String, CodingKey {
        case id, name
        case fixedAddress = "fixed_address"
        case publicAddress = "public_address"
        case volumeID = "volume_id"
    }
}

/// A line of progress while a launch runs.
public struct LaunchProgress: Sendable, Hashable {
    /// The step under way.
    public var step: LaunchStep
    /// What is happening, in plain words.
    public var message: LocalizableMessage
}

/// How often a launch polls and how long it waits.
public struct LaunchTiming: Sendable, Hashable {
    /// Between two polls of a resource in transition.
    public var pollInterval: Duration
    /// How long an instance may take to become ACTIVE (or a volume available).
    public var buildTimeout: Duration
    /// How long cleanup waits for a deleted instance to disappear.
    public var cleanupTimeout: Duration

    /// Creates timings; the defaults suit a real cloud.
    public init(
        pollInterval: Duration = .seconds(2), buildTimeout: Duration = .seconds(15 * 60),
        cleanupTimeout: Duration = .seconds(5 * 60)
    ) {
        self.pollInterval = pollInterval
        self.buildTimeout = buildTimeout
        self.cleanupTimeout = cleanupTimeout
    }
}
