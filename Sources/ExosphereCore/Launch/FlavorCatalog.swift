public import CloudConfig

/// The flavors a launch may use, grouped by the operator's flavor groups and described in words.
public struct FlavorCatalog: Sendable {
    /// Enabled flavors, smallest first (by RAM, then vCPUs).
    public let flavors: [FlavorSummary]
    private let settings: LaunchSettings

    /// Applies `settings` to the flavors a project can use.
    public init(flavors: [FlavorSummary], settings: LaunchSettings) {
        self.settings = settings
        self.flavors = flavors.filter { !$0.isDisabled }
            .sorted { ($0.ramMiB, $0.vcpus, $0.name) < ($1.ramMiB, $1.vcpus, $1.name) }
    }

    /// The operator's group for `flavor`: the first whose prefix its name starts with.
    public func group(of flavor: FlavorSummary) -> FlavorGroupSetting? {
        settings.flavorGroups.first { flavor.name.hasPrefix($0.flavorPrefix) }
    }

    /// The flavor with this id or name.
    public func flavor(named reference: String) throws(CoreError) -> FlavorSummary {
        guard let found = flavors.first(where: { $0.id == reference }) ?? flavors.first(where: { $0.name == reference })
        else {
            throw .flavorNotFound(reference, available: flavors.map(\.name))
        }
        return found
    }

    /// The operator's default flavor, else the smallest without a GPU whose disk and memory fit
    /// the image (any disk fits when booting from a volume).
    ///
    /// - Parameters:
    ///   - minDiskGiB: The image's smallest root disk, in GiB.
    ///   - minRAMMiB: The image's smallest memory, in MiB.
    public func defaultFlavor(minDiskGiB: Int, minRAMMiB: Int, bootsFromVolume: Bool) throws(CoreError) -> FlavorSummary {
        if let name = settings.defaults.flavor { return try flavor(named: name) }
        let fitting = flavors.first { flavor in
            flavor.gpus == 0 && flavor.ramMiB >= minRAMMiB
                && (bootsFromVolume || flavor.diskGiB == 0 || flavor.diskGiB >= minDiskGiB)
        }
        guard let fitting else { throw .noFlavor }
        return fitting
    }

    /// The flavor in words, with the operator's group.
    public func choice(_ flavor: FlavorSummary) -> FlavorChoice {
        FlavorChoice(
            id: flavor.id, name: flavor.name, vcpus: flavor.vcpus, ramMiB: flavor.ramMiB, diskGiB: flavor.diskGiB,
            gpus: flavor.gpus, group: group(of: flavor))
    }
}
