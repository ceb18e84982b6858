public import CloudConfig
public import OpenStackAPI

/// The flavors a launch may use, grouped by the operator's flavor groups and described in words.
public struct FlavorCatalog: Sendable {
    /// Enabled flavors, smallest first (by RAM, then vCPUs).
    public let flavors: [Flavor]
    private let settings: LaunchSettings

    /// Applies `settings` to the flavors a project can use.
    public init(flavors: [Flavor], settings: LaunchSettings) {
        self.settings = settings
        self.flavors = flavors.filter { $0.disabled != true }.sorted { ($0.ram, $0.vcpus, $0.name) < ($1.ram, $1.vcpus, $1.name) }
    }

    /// The operator's group for `flavor`: the first whose prefix its name starts with.
    public func group(of flavor: Flavor) -> FlavorGroupSetting? {
        settings.flavorGroups.first { flavor.name.hasPrefix($0.flavorPrefix) }
    }

    /// The flavor with this id or name.
    public func flavor(named reference: String) throws(CoreError) -> Flavor {
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
    public func defaultFlavor(minDiskGiB: Int, minRAMMiB: Int, bootsFromVolume: Bool) throws(CoreError) -> Flavor {
        if let name = settings.defaults.flavor { return try flavor(named: name) }
        let fitting = flavors.first { flavor in
            Self.gpus(flavor) == 0 && flavor.ram >= minRAMMiB
                && (bootsFromVolume || flavor.disk == 0 || flavor.disk >= minDiskGiB)
        }
        guard let fitting else { throw .noFlavor }
        return fitting
    }

    /// The flavor in words, its sizes bounded to 0…2^53 (``CloudNumber``).
    public func choice(_ flavor: Flavor) -> FlavorChoice {
        FlavorChoice(
            id: flavor.id, name: flavor.name, vcpus: CloudNumber.count(flavor.vcpus), ramMiB: CloudNumber.count(flavor.ram),
            diskGiB: CloudNumber.count(flavor.disk),
            gpus: Self.gpus(flavor), group: group(of: flavor))
    }

    /// GPUs from the extra specs: placement's `resources:VGPU` / `resources:PGPU`, or the count in
    /// `pci_passthrough:alias` (`name:count`).
    static func gpus(_ flavor: Flavor) -> Int {
        let specs = flavor.extraSpecs ?? [:]
        if let count = specs["resources:VGPU"].flatMap(Int.init) ?? specs["resources:PGPU"].flatMap(Int.init) {
            return count
        }
        if let alias = specs["pci_passthrough:alias"], let count = alias.split(separator: ":").last.flatMap({ Int($0) }) {
            return count
        }
        return 0
    }
}
