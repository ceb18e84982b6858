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

/// What to send to `POST /v2.0/floatingips`.
public struct FloatingIPCreateRequest: Sendable, Hashable, Encodable {
    /// The external network to allocate from.
    public var floatingNetworkID: String
    /// Associate at once with this port.
    public var portID: String?
    /// The port's address to map to, when it has several.
    public var fixedIPAddress: String?
    /// Description.
    public var description: String?

    enum CodingKeys: String, CodingKey {
        case floatingNetworkID = "floating_network_id"
        case portID = "port_id"
        case fixedIPAddress = "fixed_ip_address"
        case description
    }

    /// Creates a request.
    public init(floatingNetworkID: String, portID: String? = nil, fixedIPAddress: String? = nil, description: String? = nil) {
        self.floatingNetworkID = floatingNetworkID
        self.portID = portID
        self.fixedIPAddress = fixedIPAddress
        self.description = description
    }
}

/// The body of `PUT /v2.0/floatingips/{id}` for (dis)association: `port_id` is sent even when
/// `nil`, because `null` is how Neutron is told to disassociate.
struct FloatingIPAssociationBody: Encodable, Sendable {
    let portID: String?
    let fixedIPAddress: String?

    enum CodingKeys: String, CodingKey {
        case portID = "port_id"
        case fixedIPAddress = "fixed_ip_address"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(portID, forKey: .portID)
        try container.encodeIfPresent(fixedIPAddress, forKey: .fixedIPAddress)
    }
}

extension NetworkClient {
    private enum FloatingIPPaths {
        static let floatingIPs = ["floatingips"]
        static func floatingIP(_ id: String) -> [String] { ["floatingips", id] }
    }

    /// Floating IPs (`GET /v2.0/floatingips`); a port's with `["port_id": id]`.
    public func listFloatingIPs(_ query: NetworkListQuery = NetworkListQuery()) async throws -> [FloatingIP] {
        try await list(FloatingIP.self, key: "floatingips", path: "floatingips", query: query).all()
    }

    /// Allocates a floating IP (`POST /v2.0/floatingips`, 201).
    public func createFloatingIP(_ request: FloatingIPCreateRequest) async throws -> FloatingIP {
        try await caller.unwrapped(
            FloatingIP.self, key: "floatingip", .post, FloatingIPPaths.floatingIPs, body: RequestEnvelope("floatingip", request))
    }

    /// Associates a floating IP with a port (`PUT /v2.0/floatingips/{id}` with `port_id`).
    public func associateFloatingIP(id: String, portID: String, fixedIPAddress: String? = nil) async throws -> FloatingIP {
        try await caller.unwrapped(
            FloatingIP.self, key: "floatingip", .put, FloatingIPPaths.floatingIP(id),
            body: RequestEnvelope("floatingip", FloatingIPAssociationBody(portID: portID, fixedIPAddress: fixedIPAddress)))
    }

    /// Disassociates a floating IP (`PUT /v2.0/floatingips/{id}` with `"port_id": null`).
    public func disassociateFloatingIP(id: String) async throws -> FloatingIP {
        try await caller.unwrapped(
            FloatingIP.self, key: "floatingip", .put, FloatingIPPaths.floatingIP(id),
            body: RequestEnvelope("floatingip", FloatingIPAssociationBody(portID: nil, fixedIPAddress: nil)))
    }

    /// Releases a floating IP (`DELETE /v2.0/floatingips/{id}`, 204).
    public func deleteFloatingIP(id: String) async throws {
        _ = try await caller.send(.delete, FloatingIPPaths.floatingIP(id))
    }
}
