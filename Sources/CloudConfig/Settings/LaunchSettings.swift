/// The operator's launch policy (`launch:` in the settings file): which images and flavors to
/// offer and how, the security group every instance gets, the launch form's defaults and extra
/// setup steps. Every key is optional.
///
/// ```yaml
/// launch:
///   featured_image_prefix: "Featured-"
///   image_exclude_filters: ["-old", "windows"]
///   instance_types:
///     - { name: ubuntu, description: "Ubuntu 24.04", image_name_prefix: "Featured-Ubuntu24" }
///   flavor_groups:
///     - { name: gpu, description: "With an NVIDIA A100", flavor_prefix: "g3.", disallowed_actions: [shelve] }
///   default_security_group: { name: exosphere, description: "SSH and ping from anywhere" }
///   defaults: { flavor: m3.small, public_ip: true, resource_graphs: true, setup_timeout_minutes: 30 }
///   setup_parts:
///     - { name: site-motd, description: "Our message of the day", script: "echo hello > /etc/motd" }
/// ```
public struct LaunchSettings: Sendable, Hashable {
    /// Images whose name starts with this are "featured": listed first and preferred as defaults.
    public var featuredImagePrefix: String?
    /// Images whose name contains any of these (ignoring case) are not offered.
    public var imageExcludeFilters: [String]
    /// The operating systems offered by name, each mapped to the newest matching image.
    public var instanceTypes: [InstanceTypeSetting]
    /// Flavors grouped by name prefix, with descriptions and actions not allowed on them.
    public var flavorGroups: [FlavorGroupSetting]
    /// The security group every launched instance gets, kept with SSH and ICMP rules.
    public var defaultSecurityGroup: SecurityGroupSetting
    /// The launch form's defaults.
    public var defaults: LaunchDefaults
    /// Extra setup steps the operator adds to every instance's user data, in order.
    public var setupParts: [SetupPartSetting]

    /// No policy: every image and flavor offered, group `exosphere`, the built-in defaults.
    public init() {
        featuredImagePrefix = nil
        imageExcludeFilters = []
        instanceTypes = []
        flavorGroups = []
        defaultSecurityGroup = SecurityGroupSetting(name: "exosphere", description: "SSH and ping, added by Exosphere")
        defaults = LaunchDefaults()
        setupParts = []
    }
}

/// An operating system offered by name (`instance_types:` item).
public struct InstanceTypeSetting: Sendable, Hashable {
    /// The name shown and typed, such as `ubuntu`.
    public var name: String
    /// Plain words about it.
    public var description: String
    /// The newest image whose name starts with this is used.
    public var imageNamePrefix: String?
    /// The newest image with this `os_distro` property is used (with ``osVersion`` when given).
    public var osDistro: String?
    /// The `os_version` property to match.
    public var osVersion: String?

    /// Creates an instance type.
    public init(
        name: String, description: String, imageNamePrefix: String? = nil, osDistro: String? = nil,
        osVersion: String? = nil
    ) {
        self.name = name
        self.description = description
        self.imageNamePrefix = imageNamePrefix
        self.osDistro = osDistro
        self.osVersion = osVersion
    }
}

/// Flavors grouped by name prefix (`flavor_groups:` item).
public struct FlavorGroupSetting: Sendable, Hashable {
    /// The group's name, such as `gpu`.
    public var name: String
    /// Plain words about the group.
    public var description: String
    /// Flavors whose name starts with this belong to the group.
    public var flavorPrefix: String
    /// Instance actions not offered for these flavors (``LaunchSettings/actionNames``).
    public var disallowedActions: [String]

    /// Creates a group.
    public init(name: String, description: String, flavorPrefix: String, disallowedActions: [String] = []) {
        self.name = name
        self.description = description
        self.flavorPrefix = flavorPrefix
        self.disallowedActions = disallowedActions
    }
}

/// The security group Exosphere creates and keeps (`default_security_group:`).
public struct SecurityGroupSetting: Sendable, Hashable {
    /// Its name.
    public var name: String
    /// Its description.
    public var description: String

    /// Creates the setting.
    public init(name: String, description: String) {
        self.name = name
        self.description = description
    }
}

/// The launch form's defaults (`defaults:`).
public struct LaunchDefaults: Sendable, Hashable {
    /// Image name or id used when none is asked for.
    public var image: String?
    /// Instance type used when no image is asked for.
    public var instanceType: String?
    /// Flavor name or id used when none is asked for.
    public var flavor: String?
    /// Whether instances get a public (floating) IP (default `true`).
    public var publicIP: Bool = true
    /// Whether the console resource-usage part is added (default `true`).
    public var resourceGraphs: Bool = true
    /// How long setup may run after ACTIVE before it counts as timed out (default 30 minutes).
    public var setupTimeout: Duration = .seconds(30 * 60)
    /// Boot from a new volume of this many GiB when set.
    public var bootVolumeSizeGiB: Int?

    /// The built-in defaults.
    public init() {}
}

/// An operator's setup step (`setup_parts:` item): a shell script run as root at first boot.
public struct SetupPartSetting: Sendable, Hashable {
    /// The step's name in markers and status (letters, digits, `-`).
    public var name: String
    /// Plain words about it.
    public var description: String
    /// The shell script.
    public var script: String

    /// Creates a part.
    public init(name: String, description: String, script: String) {
        self.name = name
        self.description = description
        self.script = script
    }
}

extension LaunchSettings {
    /// The actions the operator does not offer for instances of the flavor named `flavorName`
    /// (from the first flavor group whose prefix the name starts with).
    public func disallowedActions(forFlavorNamed flavorName: String) -> [String] {
        flavorGroups.first { flavorName.hasPrefix($0.flavorPrefix) }?.disallowedActions ?? []
    }

    /// The action names `disallowed_actions` accepts.
    public static let actionNames = [
        "start", "stop", "reboot", "suspend", "resume", "pause", "unpause", "shelve", "unshelve", "resize",
        "rebuild", "create_image", "lock", "unlock", "delete",
    ]
}
