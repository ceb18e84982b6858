/// A Keystone domain.
struct DomainRecord: Sendable {
    var id: String
    var name: String
}

/// A Keystone role.
struct RoleRecord: Sendable {
    var id: String
    var name: String
}

/// A Keystone user with a password (plain text is fine inside a simulator that only binds to
/// loopback; it never leaves through the API).
struct UserRecord: Sendable {
    var id: String
    var name: String
    var domainID: String
    var password: String
}

/// A Keystone project.
struct ProjectRecord: Sendable {
    var id: String
    var name: String
    var domainID: String
    var description: String
}

/// An issued token. Tokens are opaque strings that look like Fernet tokens.
struct TokenRecord: Sendable {
    var id: String
    var userID: String
    var projectID: String?
    var roleIDs: [String]
    var methods: [String]
    var issuedAt: Timestamp
    var expiresAt: Timestamp
    var auditIDs: [String]
    var applicationCredentialID: String?
    var revoked = false
}

/// An application credential, owned by a user and bound to one project.
struct ApplicationCredentialRecord: Sendable {
    var id: String
    var name: String
    var description: String?
    var userID: String
    var projectID: String
    var secret: String
    var roleIDs: [String]
    var unrestricted: Bool
    var expiresAt: Timestamp?
}
