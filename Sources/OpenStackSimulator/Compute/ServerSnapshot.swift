/// What a server's JSON needs from the world, copied under the world lock so the JSON itself can
/// be built and serialized outside it (concurrent list requests then render in parallel).
struct ServerSnapshot: Sendable {
    /// One entry of `addresses`: a port's fixed address or the floating IP on it.
    struct Address: Sendable {
        var mac: String
        var address: String
        var type: String
    }

    var server: ServerRecord
    /// Per network name, in port order.
    var addresses: [(network: String, entries: [Address])]
    /// Nova reports security groups through the server's ports; without ports there is no key.
    var hasPorts: Bool
    /// The flavor of the server's current phase; `nil` when it no longer exists.
    var flavor: FlavorRecord?
    var flavorID: String
}

extension World {
    /// Copies the records `server`'s JSON needs at `now`.
    func snapshot(_ server: ServerRecord, at now: Timestamp) -> ServerSnapshot {
        let portIDs = network.portsByDevice[server.id] ?? []
        var byNetwork: [(network: String, entries: [ServerSnapshot.Address])] = []
        for portID in portIDs {
            guard let port = network.ports[portID] else { continue }
            let name = network.networks[port.networkID]?.name ?? port.networkID
            var entries = [ServerSnapshot.Address(mac: port.macAddress, address: port.ipAddress, type: "fixed")]
            if let floatingID = network.floatingIPByPort[portID], let floating = network.floatingIPs[floatingID] {
                entries.append(ServerSnapshot.Address(mac: port.macAddress, address: floating.address, type: "floating"))
            }
            if let index = byNetwork.firstIndex(where: { $0.network == name }) {
                byNetwork[index].entries += entries
            } else {
                byNetwork.append((name, entries))
            }
        }
        let flavorID = server.phase(at: now).flavorID
        return ServerSnapshot(
            server: server, addresses: byNetwork, hasPorts: !portIDs.isEmpty,
            flavor: compute.flavor(id: flavorID), flavorID: flavorID)
    }

    /// The full server JSON (see ``ServerView/json(_:request:includeServerGroups:)``).
    func serverJSON(_ server: ServerRecord, request: APIRequest, includeServerGroups: Bool = false) -> JSON {
        ServerView.json(snapshot(server, at: request.now), request: request, includeServerGroups: includeServerGroups)
    }
}
