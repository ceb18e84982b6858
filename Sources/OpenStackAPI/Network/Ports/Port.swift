/// A Neutron port (Networking API v2.0, "Ports").
public struct Port: Sendable, Hashable, Codable, Identifiable {
    /// The port's UUID.
    public var id: String
    /// The name.
    public var name: String?
    /// The network's id.
    public var networkID: String
    /// The device using it (a server id for `compute:*` owners).
    public var deviceID: String?
    /// Who uses it, such as `compute:nova` or `network:router_interface`.
    public var deviceOwner: String?
    /// The MAC address.
    public var macAddress: String?
    /// Its addresses.
    public var fixedIPs: [FixedIP]?
    /// `ACTIVE`, `DOWN`, `BUILD`…
    public var status: String?
    /// Administrative state.
    public var adminStateUp: Bool?
    /// Security group ids.
    public var securityGroups: [String]?
    /// The owning project's id.
    public var projectID: String?
    /// Description.
    public var description: String?

    enum CodingKeys: String, CodingKey {
        case id, name
        case networkID = "network_id"
        case deviceID = "device_id"
        case deviceOwner = "device_owner"
        case macAddress = "mac_address"
        case fixedIPs = "fixed_ips"
        case status
        case adminStateUp = "admin_state_up"
        case securityGroups = "security_groups"
        case projectID = "project_id"
        case description
    }

    /// Creates a port record.
    public init(id: String, networkID: String, deviceID: String? = nil, fixedIPs: [FixedIP]? = nil) {
        self.id = id
        self.networkID = networkID
        self.deviceID = deviceID
        self.fixedIPs = fixedIPs
    }
}
