public import Foundation
public import Secrets

/// A Keystone token and what it says about its owner, scope and services.
///
/// `Codable` so the core can cache tokens on disk (with mode 0600: the encoded form contains the
/// token itself). Created from the `X-Subject-Token` header and the body of
/// `POST /v3/auth/tokens`.
public struct Token: Sendable, Hashable, Codable {
    /// The token to send as `X-Auth-Token`.
    public var value: Secret
    /// When Keystone stops accepting the token.
    public var expiresAt: Date
    /// When Keystone issued it.
    public var issuedAt: Date
    /// The authentication methods that produced it, such as `["password"]`.
    public var methods: [String]
    /// Whose token it is.
    public var user: TokenUser
    /// The project it is scoped to; `nil` for an unscoped token.
    public var project: TokenProject?
    /// The user's roles in ``project``.
    public var roles: [Role]
    /// The services and endpoints the token may use; empty for an unscoped token.
    public var catalog: ServiceCatalog
    /// The id of the application credential used, if one was.
    public var applicationCredentialID: String?

    /// Creates a token.
    public init(
        value: Secret,
        expiresAt: Date,
        issuedAt: Date,
        methods: [String],
        user: TokenUser,
        project: TokenProject?,
        roles: [Role],
        catalog: ServiceCatalog,
        applicationCredentialID: String? = nil
    ) {
        self.value = value
        self.expiresAt = expiresAt
        self.issuedAt = issuedAt
        self.methods = methods
        self.user = user
        self.project = project
        self.roles = roles
        self.catalog = catalog
        self.applicationCredentialID = applicationCredentialID
    }

    /// Whether the token has expired at `date`.
    public func isExpired(at date: Date) -> Bool {
        date >= expiresAt
    }
}

/// A domain as tokens name it.
public struct IdentityDomain: Sendable, Hashable, Codable {
    /// The domain's id.
    public var id: String
    /// The domain's name.
    public var name: String?

    /// Creates a domain.
    public init(id: String, name: String?) {
        self.id = id
        self.name = name
    }
}

/// The user a token belongs to.
public struct TokenUser: Sendable, Hashable, Codable {
    /// The user's id.
    public var id: String
    /// The user's name.
    public var name: String
    /// The user's domain.
    public var domain: IdentityDomain?

    /// Creates a user.
    public init(id: String, name: String, domain: IdentityDomain?) {
        self.id = id
        self.name = name
        self.domain = domain
    }
}

/// The project a token is scoped to.
public struct TokenProject: Sendable, Hashable, Codable {
    /// The project's id.
    public var id: String
    /// The project's name.
    public var name: String
    /// The project's domain.
    public var domain: IdentityDomain?

    /// Creates a project.
    public init(id: String, name: String, domain: IdentityDomain?) {
        self.id = id
        self.name = name
        self.domain = domain
    }
}

/// A role assignment, such as `member` or `reader`.
public struct Role: Sendable, Hashable, Codable {
    /// The role's id.
    public var id: String?
    /// The role's name.
    public var name: String?

    /// Creates a role; Keystone accepts either field when a role is named in a request.
    public init(id: String? = nil, name: String? = nil) {
        self.id = id
        self.name = name
    }
}
