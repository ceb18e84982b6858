import OpenStackAPI

/// A size of computer a project can launch, in the words people use.
public struct FlavorSummary: Sendable, Hashable, Codable {
    /// Nova's flavor id.
    public var id: String
    /// The flavor's name, such as `m3.small`.
    public var name: String
    /// Virtual CPUs.
    public var vcpus: Int
    /// Memory, in MiB.
    public var ramMiB: Int
    /// Root disk, in GiB; 0 means the size of the image (or a volume chosen at launch).
    public var diskGiB: Int
    /// The project it was listed for.
    public var project: ProjectSummary
    /// GPUs, from the extra specs (see ``init(flavor:project:)``); 0 for none.
    public var gpus: Int = 0
    /// Whether the operator disabled the flavor (`OS-FLV-DISABLED:disabled`): not offered at launch.
    public var isDisabled: Bool = false

    /// Creates a flavor summary; the sizes are bounded to 0…2^53 (``CloudNumber``).
    public init(id: String, name: String, vcpus: Int, ramMiB: Int, diskGiB: Int, project: ProjectSummary) {
        self.id = id
        self.name = name
        self.vcpus = CloudNumber.count(vcpus)
        self.ramMiB = CloudNumber.count(ramMiB)
        self.diskGiB = CloudNumber.count(diskGiB)
        self.project = project
    }

    /// The wire flavor as Exosphere shows it. GPUs come from the extra specs: placement's
    /// `resources:VGPU` / `resources:PGPU`, or the count in `pci_passthrough:alias` (`name:count`).
    init(flavor: Flavor, project: ProjectSummary) {
        self.init(
            id: flavor.id, name: flavor.name, vcpus: flavor.vcpus, ramMiB: flavor.ram, diskGiB: flavor.disk,
            project: project)
        isDisabled = flavor.disabled == true
        let specs = flavor.extraSpecs ?? [:]
        if let count = specs["resources:VGPU"].flatMap(Int.init) ?? specs["resources:PGPU"].flatMap(Int.init) {
            gpus = CloudNumber.count(count)
        } else if let alias = specs["pci_passthrough:alias"], let count = alias.split(separator: ":").last.flatMap({ Int($0) }) {
            gpus = CloudNumber.count(count)
        }
    }
}
