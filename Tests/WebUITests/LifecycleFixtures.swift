import CloudConfig
import Foundation
import Localization
import OpenStackAPI
import Secrets

@testable import ExosphereCore
@testable import WebUI

/// Resources made up for the lifecycle and resource pages' rendering tests, at each ``DataSize``.
enum LifecycleFixtures {
    static let project = ProjectSummary(cloud: "cloud0", id: "p0", name: "project-0")

    static func tabs(_ kind: ResourceTabs.Kind) -> ResourceTabs {
        ResourceTabs(current: kind, cloud: "cloud0", clouds: ["cloud0", "cloud1"], localizer: SourceLanguageLocalizer())
    }

    static func volumes(_ count: Int) -> [VolumeSummary] {
        (0..<count).map { index in
            VolumeSummary(
                id: "vol-\(index)", name: "data-\(index)", status: index % 3 == 0 ? "in-use" : "available", sizeGiB: 10 + index,
                bootable: false,
                attachments: index % 3 == 0 ? [VolumePlacement(instanceID: "vm-id-\(index)", instanceName: "vm-\(index)", device: "/dev/vdb")] : [],
                metadata: [:], created: nil, project: project)
        }
    }

    static func floatingIPs(_ count: Int) -> [FloatingIPSummary] {
        (0..<count).map { index in
            FloatingIPSummary(
                id: "fip-\(index)", address: "149.165.1.\(index % 250)", status: "ACTIVE", portID: index % 2 == 0 ? nil : "port-\(index)",
                fixedAddress: nil, instanceID: index % 2 == 0 ? nil : "vm-id-\(index)", instanceName: index % 2 == 0 ? nil : "vm-\(index)",
                project: project)
        }
    }

    static func keypairs(_ count: Int) -> [KeypairSummary] {
        (0..<count).map { KeypairSummary(name: "key \($0)", fingerprint: "aa:bb:\($0)", type: "ssh", publicKey: nil) }
    }

    static func securityGroups(_ count: Int) -> [SecurityGroupSummary] {
        (0..<count).map { index in
            SecurityGroupSummary(
                id: "sg-\(index)", name: "group-\(index)", description: nil,
                rules: index % 2 == 0 ? SecurityRule.exosphereDefaults : [SecurityRule(protocol: "tcp", portMin: 80, portMax: 81, remoteCIDR: nil)])
        }
    }

    static func images(_ count: Int) -> [ImageSummary] {
        (0..<count).map { index in
            var image = Image(
                id: "img-\(index)", name: index % 4 == 0 ? "Featured-Ubuntu22-\(index)" : "image-\(index)", status: .active,
                visibility: ImageVisibility(rawValue: index % 2 == 0 ? "public" : "private"),
                properties: index % 5 == 0 ? ["image_type": "snapshot"] : ["os_distro": "ubuntu", "os_version": "22.04"])
            image.owner = index % 2 == 0 ? "someone-else" : project.id
            image.size = Int64(index) * 1_048_576
            return ImageSummary(image: image, project: project)
        }
    }

    static func flavors(_ count: Int) -> [FlavorSummary] {
        (0..<count).map {
            FlavorSummary(
                flavor: Flavor(id: "f-\($0)", name: ($0 % 2 == 0 ? "m3." : "g3.") + "size\($0)", vcpus: 1 + $0 % 8, ram: 2048 * (1 + $0 % 4), disk: 20),
                project: project)
        }
    }

    static var settings: LaunchSettings {
        var settings = LaunchSettings()
        settings.featuredImagePrefix = "Featured-"
        settings.flavorGroups = [FlavorGroupSetting(name: "GPU", description: "With an NVIDIA A100", flavorPrefix: "g3.")]
        return settings
    }

    static func quota(_ count: Int) -> QuotaUsage {
        let resources = Array(QuotaResource.allCases.prefix(count))
        return QuotaUsage(project: project, entries: resources.enumerated().map { QuotaEntry(resource: $1, used: $0 * 2, limit: $0 == 1 ? -1 : 10) })
    }

    static func plan(instances: Int) -> LaunchPlan {
        LaunchPlan(
            project: project, names: instances == 1 ? ["brave-otter-42"] : (1...instances).map { "brave-otter-42-\($0)" },
            image: ImageChoice(id: "img-0", name: "Featured-Ubuntu22-0", isSnapshot: false, minDiskGiB: 0, minRAMMiB: 0),
            flavor: FlavorChoice(id: "f-0", name: "m3.size0", vcpus: 1, ramMiB: 2048, diskGiB: 20, gpus: 0, group: nil),
            network: .autoAllocate, publicAddress: .none, keypair: nil, publicKey: nil, bootVolumeSizeGiB: nil, extraVolumeSizeGiB: nil,
            securityGroup: SecurityGroupSetting(name: "exosphere", description: "SSH and ping"), createsSecurityGroup: false, parts: [],
            decisions: [LaunchDecision(topic: "name", LocalizableMessage("Named {name}, a name made up for you.", ["name": "brave-otter-42"]))],
            quota: quota(QuotaResource.allCases.count))
    }
}
