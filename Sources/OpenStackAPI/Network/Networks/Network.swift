public import Foundation

/// A Neutron network (Networking API v2.0, "Networks").
public struct Network: Sendable, Hashable, Codable, Identifiable {
    /// The network's UUID.
    public var id: String
    /// The name.
    public var name: String?
    /// `ACTIVE`, `DOWN`, `BUILD` or `ERROR`.
    public var status: String?
    /// Administrative state.
    public var adminStateUp: Bool?
    /// Whether every project can use it.
    public var shared: Bool?
    /// Whether it is external (floating IPs come from external networks).
    public var isExternal: Bool?
    /// Its subnets' ids.
    public var subnets: [String]?
    /// The owning project's id.
    public var projectID: String?
    /// Maximum transmission unit, in bytes.
    public var mtu: Int?
    /// Description.
    public var description: String?
    /// Tags.
    public var tags: [String]?
    /// When it was created.
    public var createdAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, name, status
        case adminStateUp = "admin_state_up"
        case shared
        case isExternal = "router:external"
        case subnets
        case projectID = "project_id"
        case mtu, description, tags
        case createdAt = "created_at"
    }

    /// Creates a network record.
    public init(id: String, name: String?) {
        self.id = id
        self.name = name
    }
}
