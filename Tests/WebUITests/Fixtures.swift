import ExosphereCore
import Foundation

/// Instances made up for rendering tests: none, a handful in every state, or thousands.
enum InstanceFixtures {
    static let statuses = ["ACTIVE", "BUILD", "SHUTOFF", "ERROR", "SHELVED_OFFLOADED", "ACTIVE", "ACTIVE"]

    static func make(count: Int, clouds: Int = 2, projects: Int = 3) -> [Instance] {
        (0..<count).map { index in
            let cloud = "cloud\(index % clouds)"
            let project = ProjectSummary(cloud: cloud, id: "p\(index % projects)", name: "project-\(index % projects)")
            let status = statuses[index % statuses.count]
            return Instance(
                id: String(format: "%08x-0000-4000-8000-%012x", index, index), name: "vm-\(index)", status: status,
                taskState: status == "ACTIVE" && index % 50 == 0 ? "rebooting" : nil, project: project,
                flavorName: "m3.small", imageID: "img-\(index % 4)",
                addresses: [
                    InstanceAddress(network: "private", address: "10.0.\(index / 250).\(index % 250 + 1)", version: 4, isFloating: false),
                    InstanceAddress(network: "private", address: "149.165.\(index / 250).\(index % 250 + 1)", version: 4, isFloating: index % 2 == 0),
                ],
                keyName: "mykey", created: Date(timeIntervalSince1970: 1_700_000_000 + Double(index) * 60))
        }
    }

    /// An instance whose name tries to inject markup.
    static var hostile: Instance {
        Instance(
            id: "evil-1", name: "<script>alert(1)</script>\"'&", status: "ACTIVE",
            project: ProjectSummary(cloud: "cloud0", id: "p0", name: "project-0"))
    }
}

/// The sizes every page is rendered at.
enum DataSize: String, CaseIterable, Sendable {
    case empty, normal, huge

    var count: Int {
        switch self {
        case .empty: return 0
        case .normal: return 36
        case .huge: return 1_200
        }
    }
}
