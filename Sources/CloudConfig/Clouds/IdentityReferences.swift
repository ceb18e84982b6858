/// A domain, by id (`user_domain_id`, `project_domain_id`) or name (`user_domain_name`, …).
public enum DomainReference: Sendable, Hashable, Codable {
    /// The domain's id, such as `default`.
    case id(String)
    /// The domain's name, such as `Default` or `access`.
    case name(String)
}

/// A Keystone user, by id (`user_id`) or by name (`username`) within a domain.
public enum UserReference: Sendable, Hashable, Codable {
    /// The user's id; ids are unique across domains.
    case id(String)
    /// The user's name and the domain that holds it.
    case name(String, domain: DomainReference)
}

/// A project, by id (`project_id`) or by name (`project_name`) within a domain.
public enum ProjectReference: Sendable, Hashable, Codable {
    /// The project's id; ids are unique across domains.
    case id(String)
    /// The project's name and the domain that holds it.
    case name(String, domain: DomainReference)
}

/// An application credential, by id (`application_credential_id`) or by name
/// (`application_credential_name`) together with its owner.
public enum ApplicationCredentialReference: Sendable, Hashable, Codable {
    /// The credential's id.
    case id(String)
    /// The credential's name; names are unique only per user, so the user is needed too.
    case name(String, user: UserReference)
}
