public import CloudConfig
import Foundation
public import Localization

/// A launch with every choice made, ready for ``LaunchExecutor``; nothing is created yet.
public struct LaunchPlan: Sendable {
    /// The project to launch in.
    public var project: ProjectSummary
    /// One name per instance.
    public var names: [String]
    /// The image's id and name.
    public var image: ImageChoice
    /// The flavor.
    public var flavor: FlavorChoice
    /// Where the instances connect.
    public var network: NetworkChoice
    /// How the instances get public addresses.
    public var publicAddress: PublicAddressChoice
    /// The Nova key pair to inject, if any.
    public var keypair: String?
    /// The user's own public key for `exouser`, if any.
    public var publicKey: String?
    /// Boot from a new volume of this many GiB.
    public var bootVolumeSizeGiB: Int?
    /// An extra empty volume per instance, in GiB.
    public var extraVolumeSizeGiB: Int?
    /// The security group every instance gets (created if missing).
    public var securityGroup: SecurityGroupSetting
    /// Whether that group must be created.
    public var createsSecurityGroup: Bool
    /// The setup steps, in order.
    public var parts: [SetupPart]
    /// Every choice made for the user, in plain words.
    public var decisions: [LaunchDecision]
    /// The project's quota as checked.
    public var quota: QuotaUsage
}

/// One choice made for the user and why.
public struct LaunchDecision: Sendable, Hashable {
    /// What was chosen: `name`, `image`, `flavor`, `network`, `public-ip`, `security-group`,
    /// `access`.
    public var topic: String
    /// The choice and the reason, in plain words.
    public var explanation: LocalizableMessage

    /// Creates a decision.
    public init(topic: String, _ explanation: LocalizableMessage) {
        self.topic = topic
        self.explanation = explanation
    }
}

/// The image a launch boots.
public struct ImageChoice: Sendable, Hashable {
    /// Glance's id.
    public var id: String
    /// Its name.
    public var name: String
    /// Whether it is a snapshot of an instance.
    public var isSnapshot: Bool
    /// The smallest root disk it needs, in GiB.
    public var minDiskGiB: Int
    /// The least memory it needs, in MiB.
    public var minRAMMiB: Int
}

/// The flavor a launch uses, in words.
public struct FlavorChoice: Sendable, Hashable {
    /// Nova's id.
    public var id: String
    /// Its name.
    public var name: String
    /// Virtual CPUs.
    public var vcpus: Int
    /// Memory in MiB.
    public var ramMiB: Int
    /// Root disk in GiB (0: the image's size, or the boot volume).
    public var diskGiB: Int
    /// GPUs (from `resources:VGPU` or `pci_passthrough:alias` extra specs).
    public var gpus: Int
    /// The operator's group, if the flavor is in one.
    public var group: FlavorGroupSetting?

    /// "2 vCPUs, 6 GiB RAM, 20 GiB disk" (plus ", 1 GPU").
    public var words: LocalizableMessage {
        let ram = ramMiB % 1024 == 0 ? String(ramMiB / 1024) : String(format: "%.1f", Double(ramMiB) / 1024)
        let disk = diskGiB == 0 ? "disk the size of the image" : "\(diskGiB) GiB disk"
        let gpu = gpus == 0 ? "" : gpus == 1 ? ", 1 GPU" : ", \(gpus) GPUs"
        let cpus = vcpus == 1 ? "1 vCPU" : "\(vcpus) vCPUs"
        return LocalizableMessage("{cpus}, {ram} GiB RAM, {disk}{gpu}", ["cpus": cpus, "ram": ram, "disk": disk, "gpu": gpu])
    }
}

/// Where a launch's instances connect.
public enum NetworkChoice: Sendable, Hashable {
    /// An existing network of the project.
    case existing(id: String, name: String)
    /// Neutron's auto-allocated topology ("get me a network").
    case autoAllocate
    /// A new network, subnet and router to `externalNetworkID`.
    case create(externalNetworkID: String)
}

/// How a launch's instances get public addresses.
public enum PublicAddressChoice: Sendable, Hashable {
    /// No public address.
    case none
    /// Reuse these unassigned floating IPs (ids), then allocate `allocate` more from the
    /// external network.
    case assign(reuse: [String], allocate: Int, externalNetworkID: String)
}
