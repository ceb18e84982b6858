/// A project the user can scope a token to (`GET /v3/auth/projects`).
public struct AuthProject: Sendable, Hashable, Codable, Identifiable {
    /// The project's id.
    public var id: String
    /// The project's name.
    public var name: String
    /// The id of the domain that owns the project.
    public var domainID: String?
    /// Whether the project is enabled; tokens cannot be scoped to a disabled project.
    public var enabled: Bool?
    /// The project's description.
    public var description: String?
    /// The parent project's id (hierarchical multitenancy).
    public var parentID: String?

    enum CodingKeys: String, CodingKey {
        case id, name
        case domainID = "domain_id"
        case enabled, description
        case parentID = "parent_id"
    }

    /// Creates a project record.
    public init(
        id: String, name: String, domainID: String?, enabled: Bool?, description: String? = nil, parentID: String? = nil
    ) {
        self.id = id
        self.name = name
        self.domainID = domainID
        self.enabled = enabled
        self.description = description
        self.parentID = parentID
    }
}
