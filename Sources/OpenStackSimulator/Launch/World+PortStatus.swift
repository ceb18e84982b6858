/// A port's `status` as Neutron reports it over time (Networking API ref, "Show port details":
/// `status` is `ACTIVE` once the port is bound and plugged, `DOWN` before).
extension World {
    /// The port's JSON with its status at `now`: a server's port stays `DOWN` until the server
    /// is first ACTIVE, which is why a launch waits for it before associating a floating IP.
    func portJSON(_ port: PortRecord, now: Timestamp) -> JSON {
        let json = portJSON(port)
        guard port.deviceOwner.hasPrefix("compute:"), let server = compute.servers[port.deviceID],
            let launched = server.launchedAt, launched > now
        else { return json }
        guard case .object(let members) = json else { return json }
        return .object(members.map { $0.0 == "status" ? ("status", "DOWN") : $0 })
    }
}
