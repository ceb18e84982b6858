public import Foundation

/// A Neutron floating IP (Networking API v2.0, "Floating IPs").
public struct FloatingIP: Sendable, Hashable, Codable, Identifiable {
    /// The floating IP's UUID.
    public var id: String
    /// The public address.
    public var floatingIPAddress: String
    /// The external network it comes from.
    public var floatingNetworkID: String
    /// The private address it maps to, when associated.
    public var fixedIPAddress: String?
    /// The port it is associated with, or `nil`.
    public var portID: String?
    /// The router that does the NAT.
    public var routerID: String?
    /// `ACTIVE`, `DOWN` or `ERROR`.
    public var status: String?
    /// The owning project's id.
    public var projectID: String?
    /// Description.
    public var description: String?
    /// When it was created.
    public var createdAt: Date?

    enum CodingKeys: String, CodingKey {
        case id
        case floatingIPAddress = "floating_ip_address"
        case floatingNetworkID = "floating_network_id"
        case fixedIPAddress = "fixed_ip_address"
        case portID = "port_id"
        case routerID = "router_id"
        case status
        case projectID = "project_id"
        case description
        case createdAt = "created_at"
    }

    /// Creates a record.
    public init(id: String, floatingIPAddress: String, floatingNetworkID: String, portID: String? = nil) {
        self.id = id
        self.floatingIPAddress = floatingIPAddress
        self.floatingNetworkID = floatingNetworkID
        self.portID = portID
    }
}
