/// What a server's JSON needs from the world, copied under the world lock so the JSON itself can
/// be built and serialized outside it (concurrent list requests then render in parallel).
struct ServerSnapshot: Sendable, Equatable {
    /// One entry of `addresses`: a port's fixed address or the floating IP on it.
    struct Address: Sendable, Equatable {
        var mac: String
        var address: String
        var type: String
    }

    /// The addresses on one network.
    struct AddressGroup: Sendable, Equatable {
        var network: String
        var entries: [Address]
    }

    var server: ServerRecord
    /// Per network name, in port order.
    var addresses: [AddressGroup]
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
        var byNetwork: [ServerSnapshot.AddressGroup] = []
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
                byNetwork.append(ServerSnapshot.AddressGroup(network: name, entries: entries))
            }
        }
        let flavorID = server.phase(at: now).flavorID
        return ServerSnapshot(
            server: server, addresses: byNetwork, hasPorts: !portIDs.isEmpty,
            flavor: compute.flavor(id: flavorID), flavorID: flavorID)
    }

    /// The full server JSON (see ``ServerView/json(_:)``).
    func serverJSON(_ server: ServerRecord, request: APIRequest, includeServerGroups: Bool = false) -> JSON {
        ServerView.json(ServerViewInputs(snapshot(server, at: request.now), request: request, includeServerGroups: includeServerGroups))
    }
}
