import CloudConfig
import Foundation
import Localization
import Secrets
import OpenStackAPI
import Testing

@testable import ExosphereCore

@Suite("The operator's launch policy applied to images and flavors")
struct LaunchPolicyTests {
    static let project = ProjectSummary(cloud: "c", id: "p", name: "p")

    /// A wire image as Glance sends it, mapped as the core maps every image.
    static func image(_ name: String, daysOld: Double, distro: String = "ubuntu", snapshot: Bool = false) -> ImageSummary {
        var properties = ["os_distro": distro]
        if snapshot { properties["image_type"] = "snapshot" }
        var image = Image(id: "id-" + name, name: name, status: .active, visibility: .public, properties: properties)
        image.createdAt = Date(timeIntervalSince1970: 1_800_000_000 - daysOld * 86_400)
        return ImageSummary(image: image, project: project)
    }

    static let images = [
        image("Ubuntu-old", daysOld: 400), image("Featured-Ubuntu24", daysOld: 10),
        image("Featured-Rocky9", daysOld: 20, distro: "rocky"), image("Featured-Ubuntu24-v2", daysOld: 2),
        image("my-snapshot", daysOld: 1, snapshot: true), image("Windows-2022", daysOld: 5, distro: "windows"),
    ]

    static var settings: LaunchSettings {
        var settings = LaunchSettings()
        settings.featuredImagePrefix = "Featured-"
        settings.imageExcludeFilters = ["windows", "-OLD"]
        settings.instanceTypes = [
            InstanceTypeSetting(name: "ubuntu", description: "Ubuntu", imageNamePrefix: "Featured-Ubuntu24"),
            InstanceTypeSetting(name: "rocky", description: "Rocky", osDistro: "rocky"),
        ]
        return settings
    }

    @Test("featured first, excluded images gone, snapshots apart")
    func catalog() {
        let catalog = ImageCatalog(images: Self.images, settings: Self.settings)
        #expect(catalog.offered.map(\.name) == ["Featured-Ubuntu24-v2", "Featured-Ubuntu24", "Featured-Rocky9"])
        #expect(catalog.snapshots.map(\.name) == ["my-snapshot"])
    }

    @Test("an instance type maps to the newest matching image", arguments: [("ubuntu", "Featured-Ubuntu24-v2"), ("rocky", "Featured-Rocky9")])
    func instanceType(type: String, expected: String) throws {
        let catalog = ImageCatalog(images: Self.images, settings: Self.settings)
        #expect(try catalog.image(ofType: type).name == expected)
    }

    @Test("a snapshot can be named; an excluded image cannot")
    func naming() throws {
        let catalog = ImageCatalog(images: Self.images, settings: Self.settings)
        #expect(try catalog.image(named: "my-snapshot").id == "id-my-snapshot")
        #expect(throws: CoreError.self) { try catalog.image(named: "Windows-2022") }
        #expect(try catalog.defaultImage().name == "Featured-Ubuntu24-v2")
    }

    /// A wire flavor as Nova sends it, mapped as the core maps every flavor.
    static func flavor(_ name: String, vcpus: Int, ram: Int, disk: Int, specs: [String: String] = [:], disabled: Bool = false) -> FlavorSummary {
        var flavor = Flavor(id: name, name: name, vcpus: vcpus, ram: ram, disk: disk)
        flavor.extraSpecs = specs
        flavor.disabled = disabled
        return FlavorSummary(flavor: flavor, project: project)
    }

    @Test("flavors in words, grouped, the smallest fitting one by default")
    func flavors() throws {
        var settings = LaunchSettings()
        settings.flavorGroups = [
            FlavorGroupSetting(name: "gpu", description: "With a GPU", flavorPrefix: "g3.", disallowedActions: ["shelve"])
        ]
        let catalog = FlavorCatalog(
            flavors: [
                Self.flavor("g3.small", vcpus: 4, ram: 15360, disk: 60, specs: ["resources:VGPU": "1"]),
                Self.flavor("m3.quad", vcpus: 4, ram: 15360, disk: 20),
                Self.flavor("m3.tiny", vcpus: 1, ram: 3072, disk: 10),
                Self.flavor("m3.retired", vcpus: 1, ram: 1024, disk: 10, disabled: true),
            ], settings: settings)
        #expect(catalog.flavors.map(\.name) == ["m3.tiny", "g3.small", "m3.quad"])
        let gpu = catalog.choice(try catalog.flavor(named: "g3.small"))
        #expect(gpu.words.sourceText == "4 vCPUs, 15 GiB RAM, 60 GiB disk, 1 GPU")
        #expect(gpu.group?.disallowedActions == ["shelve"])
        #expect(try catalog.defaultFlavor(minDiskGiB: 20, minRAMMiB: 0, bootsFromVolume: false).name == "m3.quad")
        #expect(try catalog.defaultFlavor(minDiskGiB: 20, minRAMMiB: 0, bootsFromVolume: true).name == "m3.tiny")
        #expect(catalog.choice(try catalog.flavor(named: "m3.tiny")).words.sourceText == "1 vCPU, 3 GiB RAM, 10 GiB disk")
    }

    @Test("quota shortfalls name each resource that is short")
    func shortfalls() {
        let project = ProjectSummary(cloud: "c", id: "p", name: "p")
        let usage = QuotaUsage(
            project: project,
            entries: [
                QuotaEntry(resource: .instances, used: 9, limit: 10), QuotaEntry(resource: .cores, used: 10, limit: 20),
                QuotaEntry(resource: .floatingIPs, used: 3, limit: -1),
            ])
        let short = usage.shortfalls(for: [.instances: 2, .cores: 8, .floatingIPs: 100, .volumes: 1])
        #expect(short == [QuotaShortfall(resource: .instances, needed: 2, available: 1)])
        #expect(short.first?.summary.sourceText == "instances: needs 2, 1 left")
        #expect(usage[.floatingIPs]?.limit == nil)
    }
}
