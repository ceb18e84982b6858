import ExosphereCore
import Foundation

/// An instance as `--json` prints it. The keys are a stable interface for scripts: add, never rename.
struct InstanceRow: Encodable, Sendable {
    var id: String
    var name: String
    var status: String
    var taskState: String?
    var project: String
    var projectID: String
    var cloud: String
    var flavor: String?
    var imageID: String?
    var addresses: [String]
    var floatingIPs: [String]
    var keyName: String?
    /// When it was created, as ISO 8601 text (formatted here: the encoder's date strategy was a
    /// third of the cost of printing thousands of rows).
    var created: String?
    var locked: Bool?
    /// First-boot setup, for `server show` (absent from listings).
    var setup: SetupStatus?
    /// Resource use per minute from the console, oldest first, for `server show`.
    var usage: [ResourceUsageSample]?
    /// `true` for an instance of a plugin provider (absent for OpenStack instances).
    var provider: Bool?
    /// The plugin that registered the provider (absent for OpenStack instances).
    var plugin: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, status, project, cloud, flavor, addresses, created, locked, setup, usage, provider, plugin
        case taskState = "task_state"
        case projectID = "project_id"
        case imageID = "image_id"
        case floatingIPs = "floating_ips"
        case keyName = "key_name"
    }

    init(_ instance: Instance) {
        id = instance.id
        name = instance.name
        status = instance.status
        taskState = instance.taskState
        project = instance.project.name
        projectID = instance.project.id
        cloud = instance.project.cloud
        flavor = instance.flavorName
        imageID = instance.imageID
        addresses = instance.addresses.map(\.address)
        floatingIPs = instance.addresses.filter(\.isFloating).map(\.address)
        keyName = instance.keyName
        created = instance.created.map(Timestamp.text)
        locked = instance.locked
        provider = instance.provider.map { _ in true }
        plugin = instance.provider?.plugin
    }

    /// Written out rather than synthesized: the two address lists go through nested containers,
    /// which skips the encoder's generic path for arrays (a tenth of printing thousands of rows).
    /// Absent optionals are left out, as synthesized encoding leaves them.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(taskState, forKey: .taskState)
        try container.encode(project, forKey: .project)
        try container.encode(projectID, forKey: .projectID)
        try container.encode(cloud, forKey: .cloud)
        try container.encodeIfPresent(flavor, forKey: .flavor)
        try container.encodeIfPresent(imageID, forKey: .imageID)
        var fixed = container.nestedUnkeyedContainer(forKey: .addresses)
        for address in addresses { try fixed.encode(address) }
        var floating = container.nestedUnkeyedContainer(forKey: .floatingIPs)
        for address in floatingIPs { try floating.encode(address) }
        try container.encodeIfPresent(keyName, forKey: .keyName)
        try container.encodeIfPresent(created, forKey: .created)
        try container.encodeIfPresent(locked, forKey: .locked)
        try container.encodeIfPresent(setup, forKey: .setup)
        try container.encodeIfPresent(usage, forKey: .usage)
        try container.encodeIfPresent(provider, forKey: .provider)
        try container.encodeIfPresent(plugin, forKey: .plugin)
    }

    /// The status with the task under way, such as `ACTIVE (rebooting)`.
    var statusText: String {
        taskState.map { "\(status) (\($0))" } ?? status
    }

    /// Instances as an aligned table; the CLOUD column only when several clouds are shown.
    static func table(_ instances: [Instance], showCloud: Bool) -> String {
        table(rows: instances.map(InstanceRow.init), showCloud: showCloud)
    }

    /// Rows as an aligned table; the CLOUD column only when several clouds are shown.
    static func table(rows: [InstanceRow], showCloud: Bool) -> String {
        var headers = ["NAME", "STATUS", "PROJECT", "ADDRESSES", "FLAVOR", "ID"]
        if showCloud { headers.insert("CLOUD", at: 3) }
        return TextTable(
            headers: headers,
            rows: rows.map { row in
                var cells = [row.name, row.statusText, row.project.isEmpty ? "-" : row.project, row.addresses.joined(separator: ", "),
                             row.flavor ?? "-", row.id]
                if showCloud { cells.insert(row.cloud, at: 3) }
                return cells
            }
        ).rendered()
    }

    /// One instance as `field  value` lines.
    func details() -> String {
        var fields: [(String, String)] = [
            ("name", name), ("id", id), ("status", statusText), ("cloud", cloud), ("project", "\(project) (\(projectID))"),
            ("flavor", flavor ?? "-"), ("image", imageID ?? "boots from a volume"),
            ("addresses", addresses.isEmpty ? "-" : addresses.joined(separator: ", ")),
            ("key pair", keyName ?? "-"), ("created", created ?? "-"),
            ("locked", locked.map { $0 ? "yes" : "no" } ?? "-"),
        ]
        if let setup { fields.append(("setup", SetupText.describe(setup))) }
        if let last = usage?.last {
            fields.append(("usage", "cpu \(last.cpuPercent)%, memory \(last.memoryPercent)%, disk \(last.diskPercent)%"))
        }
        return TextTable(headers: ["FIELD", "VALUE"], rows: fields.map { [$0.0, $0.1] }).rendered()
    }
}
