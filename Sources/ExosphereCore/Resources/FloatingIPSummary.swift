import OpenStackAPI

/// A floating (public) IP address and what it is attached to.
public struct FloatingIPSummary: Sendable, Hashable, Codable {
    /// Neutron's floating IP id.
    public var id: String
    /// The public address.
    public var address: String
    /// Neutron's status: `ACTIVE`, `DOWN` or `ERROR`.
    public var status: String
    /// The port it is associated with, if any.
    public var portID: String?
    /// The fixed address it forwards to, if associated.
    public var fixedAddress: String?
    /// The instance behind the port, when the port belongs to one.
    public var instanceID: String?
    /// The instance's name, when known.
    public var instanceName: String?
    /// The project that owns it.
    public var project: ProjectSummary

    /// Allocated but associated with nothing: it counts against the quota and may cost money.
    public var isOrphan: Bool { portID == nil }
}

extension FloatingIPSummary {
    /// The one place wire floating IPs become summaries; `ports` maps port ids to instance ids.
    init(floatingIP: FloatingIP, project: ProjectSummary, ports: [String: String] = [:], instanceNames: [String: String] = [:]) {
        let instanceID = floatingIP.portID.flatMap { ports[$0] }
        self.init(
            id: floatingIP.id, address: floatingIP.floatingIPAddress, status: floatingIP.status ?? "UNKNOWN",
            portID: floatingIP.portID, fixedAddress: floatingIP.fixedIPAddress, instanceID: instanceID,
            instanceName: instanceID.flatMap { instanceNames[$0] }, project: project)
    }
}
