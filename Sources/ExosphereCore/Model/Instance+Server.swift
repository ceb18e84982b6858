import OpenStackAPI

extension Instance {
    /// The instance a Nova server shows, in `project`. The one place wire servers become instances.
    init(server: Server, project: ProjectSummary) {
        let addresses = (server.addresses ?? [:]).sorted { $0.key < $1.key }.flatMap { network, entries in
            entries.map {
                // Compute API ref, "List Servers Detailed": OS-EXT-IPS:type is "fixed" or "floating".
                InstanceAddress(
                    network: network, address: $0.address, version: $0.version ?? 4, isFloating: $0.type == "floating")
            }
        }
        self.init(
            id: server.id, name: server.name ?? "", status: server.status?.rawValue ?? "UNKNOWN",
            taskState: server.taskState, project: project,
            flavorName: server.flavor?.originalName ?? server.flavor?.id, imageID: server.image?.id,
            addresses: addresses, keyName: server.keyName, created: server.created, locked: server.locked)
    }
}
