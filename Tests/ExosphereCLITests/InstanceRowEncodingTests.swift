import ExosphereCore
import Foundation
import Testing

@testable import ExosphereCLI

/// `InstanceRow`'s hand-written encoding: every key for what a row has, nothing for what it lacks,
/// and a key for every stored property (a new field without one would never be printed).
@Suite struct InstanceRowEncodingTests {
    private static let project = ProjectSummary(cloud: "simulator", id: "p1", name: "demo-astro")

    private static func instance(complete: Bool) -> Instance {
        Instance(
            id: "i1", name: "astro-01", status: "ACTIVE", taskState: complete ? "rebooting" : nil, project: project,
            flavorName: complete ? "m3.small" : nil, imageID: complete ? "img" : nil,
            addresses: complete
                ? [InstanceAddress(network: "n", address: "10.0.0.5", version: 4, isFloating: false),
                   InstanceAddress(network: "n", address: "172.24.4.9", version: 4, isFloating: true)]
                : [],
            keyName: complete ? "laptop" : nil, created: complete ? Date(timeIntervalSince1970: 1_700_000_000) : nil,
            locked: complete ? false : nil)
    }

    private func keys(of row: InstanceRow) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: JSONOutput.encoder().encode(row)) as? [String: Any])
    }

    @Test func aCompleteRowWritesEveryKey() throws {
        var row = InstanceRow(Self.instance(complete: true))
        row.setup = .waitingForInstance
        row.usage = [ResourceUsageSample(time: Date(timeIntervalSince1970: 1_700_000_060), cpuPercent: 3, memoryPercent: 40, diskPercent: 12)]
        row.provider = false
        row.plugin = "example"
        let object = try keys(of: row)
        #expect(Set(object.keys) == Set(InstanceRow.CodingKeys.allCases.map(\.stringValue)))
        #expect(object["addresses"] as? [String] == ["10.0.0.5", "172.24.4.9"])
        #expect(object["floating_ips"] as? [String] == ["172.24.4.9"])
        #expect(object["created"] as? String == "2023-11-14T22:13:20Z")
        #expect(object["task_state"] as? String == "rebooting")
        #expect(object["locked"] as? Bool == false)
        #expect(Mirror(reflecting: row).children.count == InstanceRow.CodingKeys.allCases.count)
    }

    @Test func absentFieldsAreLeftOutAndEmptyListsKept() throws {
        let object = try keys(of: InstanceRow(Self.instance(complete: false)))
        #expect(Set(object.keys) == ["id", "name", "status", "project", "project_id", "cloud", "addresses", "floating_ips"])
        #expect(object["addresses"] as? [String] == [])
        #expect(object["floating_ips"] as? [String] == [])
    }
}
