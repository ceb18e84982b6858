/// Users, projects and their domains.
///
/// Domains are found as OSC finds them: `user_domain_*` or `project_domain_*`; else, for a
/// project-scoped cloud, the shared `domain_id`/`domain_name` (openstacksdk `_handle_domain_id`);
/// else `default_domain` (`OS_DEFAULT_DOMAIN`), itself `default` unless set (osc-lib
/// `OSC_Config._auth_default_domain`, which fills the user's domain only for password plugins).
extension CloudSettings {
    /// The user, or `nil` when neither `user_id` nor `username` is set.
    func user(defaultingDomain: Bool) throws(CloudConfigError) -> UserReference? {
        if let id = try authValue("user_id")?.text() { return .id(id) }
        guard let name = try authValue("username")?.text() else { return nil }
        if let domain = try domain(idKey: "user_domain_id", nameKey: "user_domain_name") {
            return .name(name, domain: domain)
        }
        guard defaultingDomain else { throw missingAuth("user_domain_name", or: "user_domain_id") }
        return .name(name, domain: try defaultDomain())
    }

    /// The project to scope to, or `nil` for an unscoped token.
    func project() throws(CloudConfigError) -> ProjectReference? {
        // `tenant_*` are the Identity v2 names (openstacksdk `_fix_backwards_auth`).
        if let id = try authValue("project_id", "tenant_id")?.text() { return .id(id) }
        if let name = try authValue("project_name", "tenant_name")?.text() {
            if let domain = try domain(idKey: "project_domain_id", nameKey: "project_domain_name") {
                return .name(name, domain: domain)
            }
            return .name(name, domain: try defaultDomain())
        }
        if let domainScope = authValue("domain_id", "domain_name"), try domainScope.text() != nil {
            throw .unsupportedDomainScope(domainScope.location, cloud: cloud, keyPath: domainScope.keyPath)
        }
        return nil
    }

    private func domain(idKey: String, nameKey: String) throws(CloudConfigError) -> DomainReference? {
        if let id = try authValue(idKey)?.text() { return .id(id) }
        if let name = try authValue(nameKey)?.text() { return .name(name) }
        guard try hasAuthValue("project_id", "tenant_id", "project_name", "tenant_name") else { return nil }
        if let id = try authValue("domain_id")?.text() { return .id(id) }
        if let name = try authValue("domain_name")?.text() { return .name(name) }
        return nil
    }

    private func defaultDomain() throws(CloudConfigError) -> DomainReference {
        .id(try value("default_domain")?.text() ?? "default")
    }
}
