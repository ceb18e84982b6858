import Foundation

/// The parts of "Create Server" (Compute API ref) a friendly launch relies on: pre-created ports,
/// user data, and injected build failures.
extension World {
    /// Port ids named in `networks` (`[{"port": id}]`): each must be the caller's and unbound.
    /// Compute API ref, "Create Server": a port cannot serve several instances of one request.
    func requestedPorts(_ body: JSON, count: Int, request: APIRequest) throws(APIError) -> [String] {
        let ids = body["networks"]?.arrayValue?.compactMap { $0["port"]?.stringValue } ?? []
        guard !ids.isEmpty else { return [] }
        guard count == 1 else {
            throw APIError.badRequest("Unable to launch multiple instances with a single configured port ID. Please launch your instance one by one with different ports.")
        }
        for id in ids {
            guard let port = network.ports[id], port.projectID == request.projectID else {
                throw APIError.notFound("Port id \(id) could not be found.")
            }
            guard port.deviceID.isEmpty else {
                throw APIError.conflict("Port \(id) is still in use.")
            }
        }
        return ids
    }

    /// Binds pre-created ports to a new server, as Nova does through Neutron's port binding.
    mutating func bindPorts(_ ids: [String], to serverID: String) {
        for id in ids {
            guard var port = network.ports[id] else { continue }
            port.deviceID = serverID
            port.deviceOwner = "compute:nova"
            network.ports[id] = port
            network.portsByDevice[serverID, default: []].append(id)
        }
    }

    /// The text of `user_data`. Compute API ref, "Create Server": base64-encoded, at most 65,535
    /// bytes once encoded.
    func decodedUserData(_ body: JSON) throws(APIError) -> String? {
        guard let encoded = body["user_data"]?.stringValue else { return nil }
        guard encoded.utf8.count <= 65_535 else {
            throw Self.invalid("user_data", "Value: \(encoded.prefix(16))... is too long")
        }
        guard let data = Data(base64Encoded: encoded) else {
            throw Self.invalid("user_data", "'\(encoded.prefix(16))...' is not a 'base64'")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// A build that ends in ERROR with Nova's scheduling fault, when a test asked for one
    /// (Compute API ref, "Show Server Details": `fault` with `code` and `message` in ERROR).
    mutating func failIfInjected(_ server: inout ServerRecord, now: Timestamp) {
        guard launch.failingServers > 0 else { return }
        launch.failingServers -= 1
        let failed = ServerPhase(
            vmState: "error", taskState: nil, powerState: ServerPhase.noState, flavorID: server.phase(at: now).flavorID)
        let delay = settings.bootTime * 0.5
        server.phases.schedule(at: now, server.phase(at: now), then: [(delay, failed)])
        server.fault = ServerFault(
            code: 500, message: "No valid host was found. There are not enough hosts available.", created: now + delay)
    }

    /// Sends a server to ERROR now (the control API's "server goes ERROR").
    mutating func failServer(_ id: String, now: Timestamp) -> Bool {
        guard var server = compute.servers[id], !server.isGone(at: now) else { return false }
        var phase = server.phase(at: now)
        phase.vmState = "error"
        phase.taskState = nil
        server.phases.schedule(at: now, phase)
        server.fault = ServerFault(code: 500, message: "Injected failure: the compute host went away.", created: now)
        server.updatedAt = now
        compute.servers.insert(server)
        return true
    }
}
