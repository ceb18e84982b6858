public import Foundation
public import Secrets

/// An application credential (Identity API v3, "Application Credentials").
public struct ApplicationCredential: Sendable, Hashable, Codable, Identifiable {
    /// The credential's id.
    public var id: String
    /// Its name, unique per user.
    public var name: String
    /// Its description.
    public var description: String?
    /// When it stops working; `nil` for never.
    public var expiresAt: Date?
    /// The project its tokens are scoped to.
    public var projectID: String?
    /// The roles its tokens carry.
    public var roles: [Role]
    /// Whether it may create further application credentials and trusts.
    public var unrestricted: Bool?
    /// The secret; present only in the answer to the create request, which is the only time
    /// Keystone reveals it.
    public var secret: Secret?

    enum CodingKeys: String, CodingKey {
        case id, name, description
        case expiresAt = "expires_at"
        case projectID = "project_id"
        case roles, unrestricted, secret
    }

    /// Creates a record.
    public init(
        id: String,
        name: String,
        description: String? = nil,
        expiresAt: Date? = nil,
        projectID: String? = nil,
        roles: [Role] = [],
        unrestricted: Bool? = nil,
        secret: Secret? = nil
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.expiresAt = expiresAt
        self.projectID = projectID
        self.roles = roles
        self.unrestricted = unrestricted
        self.secret = secret
    }

    /// Decodes the wire form, where `roles` may be absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        expiresAt = try container.decodeIfPresent(Date.self, forKey: .expiresAt)
        projectID = try container.decodeIfPresent(String.self, forKey: .projectID)
        roles = try container.decodeIfPresent([Role].self, forKey: .roles) ?? []
        unrestricted = try container.decodeIfPresent(Bool.self, forKey: .unrestricted)
        secret = try container.decodeIfPresent(Secret.self, forKey: .secret)
    }
}
