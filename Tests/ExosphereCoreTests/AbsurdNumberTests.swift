import CloudConfig
import Localization
import OpenStackAPI
import Testing

@testable import ExosphereCore

/// Numbers a misbehaving cloud may send (Int.max, negative, far past any real size) never trap.
@Suite("Absurd numbers from a cloud")
struct AbsurdNumberTests {
    static let project = ProjectSummary(cloud: "hostile", id: "p-1", name: "demo")

    @Test(
        "quota remaining and shortfalls stay defined for any used and limit",
        arguments: [(-1, Int.max), (Int.max, 0), (Int.min, Int.max), (Int.max, Int.max), (Int.min, 0)])
    func quotaArithmetic(used: Int, limit: Int) {
        let entry = QuotaEntry(resource: .ram, used: used, limit: limit)
        let remaining = entry.remaining ?? 0
        #expect(remaining >= -CloudNumber.limit && remaining <= CloudNumber.limit)
        let usage = QuotaUsage(project: Self.project, entries: [entry])
        let short = usage.shortfalls(for: [.ram: Int.max])
        #expect(short.allSatisfy { $0.available >= 0 })
    }

    @Test("numbers past 2^53 are bounded where they enter; ordinary ones are kept")
    func bounded() {
        #expect(QuotaEntry(resource: .cores, used: Int.max, limit: Int.max).used == CloudNumber.limit)
        #expect(QuotaEntry(resource: .cores, used: -5, limit: 10).used == 0)
        #expect(QuotaEntry(resource: .cores, used: 7, limit: 10) == QuotaEntry(resource: .cores, used: 7, limit: 10))
        #expect(QuotaEntry(resource: .cores, used: 7, limit: 10).remaining == 3)
        #expect(QuotaEntry(resource: .cores, used: 7, limit: -1).limit == nil)
        let flavor = FlavorSummary(
            flavor: Flavor(id: "f", name: "huge", vcpus: Int.max, ram: Int.max, disk: Int.min), project: Self.project)
        #expect(flavor.vcpus == CloudNumber.limit && flavor.ramMiB == CloudNumber.limit && flavor.diskGiB == 0)
        #expect(FlavorSummary(flavor: Flavor(id: "f", name: "m1", vcpus: 2, ram: 4096, disk: 20), project: Self.project).ramMiB == 4096)
    }

    @Test("a launch's quota needs saturate instead of overflowing")
    func launchNeeds() {
        var plan = LaunchPlan(
            project: Self.project, names: (1...50).map { "n-\($0)" },
            image: ImageChoice(id: "i", name: "img", isSnapshot: false, minDiskGiB: 0, minRAMMiB: 0),
            flavor: FlavorChoice(id: "f", name: "huge", vcpus: Int.max, ramMiB: Int.max, diskGiB: 0, gpus: 0, group: nil),
            network: .autoAllocate, publicAddress: .none, keypair: nil, publicKey: nil, bootVolumeSizeGiB: Int.max,
            extraVolumeSizeGiB: Int.max, securityGroup: SecurityGroupSetting(name: "exosphere", description: "SSH"),
            createsSecurityGroup: false, parts: [], decisions: [], quota: QuotaUsage(project: Self.project, entries: []))
        var needs = plan.quotaNeeds
        #expect(needs[.ram] == CloudNumber.limit)
        #expect(needs[.cores] == CloudNumber.limit)
        #expect(needs[.volumeGigabytes] == CloudNumber.limit)
        plan.flavor.ramMiB = 2048
        plan.bootVolumeSizeGiB = 20
        plan.extraVolumeSizeGiB = nil
        needs = plan.quotaNeeds
        #expect(needs[.ram] == 2048 * 50)
        #expect(needs[.volumeGigabytes] == 20 * 50)
    }

    @Test("an image size below zero is no size; a huge one is kept (it is only shown)")
    func imageSize() {
        var image = Image(id: "i", name: "img", status: .active, visibility: .public, properties: [:])
        image.size = Int64.min
        #expect(ImageSummary(image: image, project: Self.project).sizeBytes == nil)
        image.size = Int64.max
        #expect(ImageSummary(image: image, project: Self.project).sizeBytes == Int64.max)
    }

    @Test("an image's minimum disk and memory, and a flavor's GPUs, are bounded to 0…2^53 where they enter")
    func launchMinimumsAndGPUs() {
        var image = Image(id: "i", name: "img", status: .active, visibility: .public, properties: [:])
        image.minDisk = Int.max
        image.minRAM = Int.min
        let summary = ImageSummary(image: image, project: Self.project)
        #expect(summary.minDiskGiB == CloudNumber.limit && summary.minRAMMiB == 0)
        for (specs, gpus) in [
            (["resources:VGPU": "9223372036854775807"], CloudNumber.limit), (["resources:PGPU": "-4"], 0),
            (["pci_passthrough:alias": "a100:-2"], 0), (["pci_passthrough:alias": "a100:2"], 2),
            (["resources:VGPU": "1e9"], 0), (["resources:VGPU": "99999999999999999999"], 0),
        ] {
            var flavor = Flavor(id: "f", name: "g", vcpus: 1, ram: 1, disk: 1)
            flavor.extraSpecs = specs
            #expect(FlavorSummary(flavor: flavor, project: Self.project).gpus == gpus, "\(specs)")
        }
    }
}
