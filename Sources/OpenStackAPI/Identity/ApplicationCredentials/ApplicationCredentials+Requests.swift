public import Foundation
public import Secrets

/// The body of `POST /v3/users/{user_id}/application_credentials`.
public struct ApplicationCredentialCreateRequest: Sendable, Hashable, Encodable {
    /// The name, unique among the user's credentials.
    public var name: String
    /// A description.
    public var description: String?
    /// When it should stop working; `nil` for never.
    public var expiresAt: Date?
    /// Roles to delegate (by id or name); `nil` delegates all the token's roles.
    public var roles: [Role]?
    /// Allow it to create application credentials and trusts (dangerous; default restricted).
    public var unrestricted: Bool?
    /// A secret of your choosing; when `nil` Keystone generates one.
    public var secret: Secret?

    enum CodingKeys: String, CodingKey {
        case name, description
        case expiresAt = "expires_at"
        case roles, unrestricted, secret
    }

    /// Creates a request.
    public init(
        name: String,
        description: String? = nil,
        expiresAt: Date? = nil,
        roles: [Role]? = nil,
        unrestricted: Bool? = nil,
        secret: Secret? = nil
    ) {
        self.name = name
        self.description = description
        self.expiresAt = expiresAt
        self.roles = roles
        self.unrestricted = unrestricted
        self.secret = secret
    }
}
