/// A project (tenant) that the user's credentials reach on one cloud.
public struct ProjectSummary: Sendable, Hashable, Codable {
    /// The cloud's name for the project's owner cloud, as in clouds.yaml.
    public var cloud: String
    /// Keystone's project id.
    public var id: String
    /// The project's name.
    public var name: String
    /// The id of the domain that owns the project, when Keystone says.
    public var domainID: String?

    /// Creates a project summary.
    public init(cloud: String, id: String, name: String, domainID: String? = nil) {
        self.cloud = cloud
        self.id = id
        self.name = name
        self.domainID = domainID
    }
}
