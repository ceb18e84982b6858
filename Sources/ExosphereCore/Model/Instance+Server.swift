import OpenStackAPI

extension Instance {
    /// The instance a Nova server shows, in `project`.
    init(server: Server, project: ProjectSummary) {
        self.init(
            id: server.id, name: server.name ?? "", status: server.status?.rawValue ?? "UNKNOWN",
            taskState: server.taskState, project: project,
            flavorName: server.flavor?.originalName ?? server.flavor?.id, imageID: server.image?.id,
            addresses: InstanceAddress.list(server.addresses), keyName: server.keyName, created: server.created,
            locked: server.locked)
    }

    /// The instance a listed Nova server shows, in `project`.
    init(summary server: ServerSummary, project: ProjectSummary) {
        self.init(
            id: server.id, name: server.name ?? "", status: server.status?.rawValue ?? "UNKNOWN",
            taskState: server.taskState, project: project, flavorName: server.flavorName, imageID: server.imageID,
            addresses: InstanceAddress.list(server.addresses), keyName: server.keyName, created: server.created,
            locked: server.locked)
    }
}

extension InstanceAddress {
    /// Nova's addresses by network, flattened in network-name order.
    static func list(_ addresses: [String: [ServerAddress]]?) -> [InstanceAddress] {
        (addresses ?? [:]).sorted { $0.key < $1.key }.flatMap { network, entries in
            entries.map {
                // Compute API ref, "List Servers Detailed": OS-EXT-IPS:type is "fixed" or "floating".
                InstanceAddress(
                    network: network, address: $0.address, version: $0.version ?? 4, isFloating: $0.type == "floating")
            }
        }
    }
}
