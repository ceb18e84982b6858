/// Everything Keystone knows: domains, users, projects, role assignments, tokens and
/// application credentials.
struct IdentityStore: Sendable {
    var domains: [DomainRecord] = []
    var roles: [RoleRecord] = []
    var users: [String: UserRecord] = [:]
    var projects: [String: ProjectRecord] = [:]
    /// Project ids in creation order, for stable listings.
    var projectOrder: [String] = []
    /// user id → project id → role ids.
    var assignments: [String: [String: [String]]] = [:]
    var tokens: [String: TokenRecord] = [:]
    var applicationCredentials = RecordTable<ApplicationCredentialRecord>()
    /// Tokens issued before this instant are invalid (the "expire every token now" fault).
    var tokensInvalidBefore: Timestamp?
    /// Lifetime of new tokens, in simulated seconds (Keystone's `[token] expiration`, 3600 by default).
    var tokenLifetime: Double = 3600

    func domain(id: String) -> DomainRecord? { domains.first { $0.id == id } }

    func domain(name: String) -> DomainRecord? { domains.first { $0.name == name } }

    func role(id: String) -> RoleRecord? { roles.first { $0.id == id } }

    func role(name: String) -> RoleRecord? { roles.first { $0.name == name } }

    func user(name: String, domainID: String) -> UserRecord? {
        users.values.first { $0.name == name && $0.domainID == domainID }
    }

    func project(name: String, domainID: String) -> ProjectRecord? {
        projects.values.first { $0.name == name && $0.domainID == domainID }
    }

    /// Role ids the user holds on the project; empty when none.
    func roleIDs(user userID: String, project projectID: String) -> [String] {
        assignments[userID]?[projectID] ?? []
    }

    /// Projects where the user holds at least one role, in creation order.
    func projects(of userID: String) -> [ProjectRecord] {
        let assigned = assignments[userID] ?? [:]
        return projectOrder.compactMap { id in
            guard let roles = assigned[id], !roles.isEmpty else { return nil }
            return projects[id]
        }
    }

    /// The token if it is known, not revoked and not expired at `now`.
    func validToken(_ id: String, at now: Timestamp) -> TokenRecord? {
        guard let token = tokens[id], !token.revoked, token.expiresAt > now else { return nil }
        if let cutoff = tokensInvalidBefore, token.issuedAt <= cutoff { return nil }
        if let credentialID = token.applicationCredentialID, applicationCredentials[credentialID] == nil {
            return nil
        }
        return token
    }
}
