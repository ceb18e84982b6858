public import Secrets

/// How to prove who you are to Keystone (Identity API v3, "Password authentication",
/// "Application credential authentication", "Token authentication").
public enum AuthMethod: Sendable, Hashable {
    /// A user's password.
    case password(user: UserReference, password: Secret)
    /// An application credential; the tokens it yields are bound to its project.
    case applicationCredential(ApplicationCredentialReference, secret: Secret)
    /// An existing token, rescoped; it cannot outlive its own expiry.
    case token(Secret)
    /// The unscoped token of a single sign-on (`exosphere login`), rescoped like ``token(_:)``;
    /// `nil` when there is no current one, and every request then asks for a sign-in.
    case singleSignOn(Secret?)

    /// The Keystone method name: `password`, `application_credential` or `token`.
    public var name: String {
        switch self {
        case .password: "password"
        case .applicationCredential: "application_credential"
        case .token, .singleSignOn: "token"
        }
    }

    /// Whether this method rescopes one token that cannot renew itself.
    var rescopesOneToken: Bool {
        switch self {
        case .token, .singleSignOn: true
        case .password, .applicationCredential: false
        }
    }
}

/// A user, by id or by name within a domain.
public enum UserReference: Sendable, Hashable, Codable {
    /// The user's id.
    case id(String)
    /// The user's name and the domain that owns it.
    case name(String, domain: DomainReference)
}

/// A domain, by id or by name.
public enum DomainReference: Sendable, Hashable, Codable {
    /// The domain's id, such as `default`.
    case id(String)
    /// The domain's name, such as `Default`.
    case name(String)
}

/// An application credential, by id or by name plus its owner.
public enum ApplicationCredentialReference: Sendable, Hashable, Codable {
    /// The credential's id.
    case id(String)
    /// The credential's name and the user who owns it.
    case name(String, user: UserReference)
}

/// What a token is for (Identity API v3, "Scope").
public enum AuthScope: Sendable, Hashable, Codable, CustomStringConvertible {
    /// No project: enough to list the user's projects (`"scope": "unscoped"`).
    case unscoped
    /// A project by id.
    case project(id: String)
    /// A project by name within a domain.
    case projectName(String, domain: DomainReference)

    /// `unscoped`, `project <id>` or `project <name> in domain <domain>`, for logs.
    public var description: String {
        switch self {
        case .unscoped: "unscoped"
        case .project(let id): "project \(id)"
        case .projectName(let name, .id(let domain)), .projectName(let name, .name(let domain)):
            "project \(name) in domain \(domain)"
        }
    }
}
