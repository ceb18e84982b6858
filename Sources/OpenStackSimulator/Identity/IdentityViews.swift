/// JSON for Keystone resources.
extension World {
    func domainJSON(_ domainID: String) -> JSON {
        ["id": .string(domainID), "name": .string(identity.domain(id: domainID)?.name ?? domainID)]
    }

    /// Identity API ref, "List projects": `is_domain`, `description`, `domain_id`, `enabled`, `id`,
    /// `name`, `parent_id`, `tags`, `options`, `links`.
    func projectJSON(_ project: ProjectRecord) -> JSON {
        [
            "is_domain": false, "description": .string(project.description), "domain_id": .string(project.domainID),
            "enabled": true, "id": .string(project.id), "name": .string(project.name),
            "parent_id": .string(project.domainID), "tags": [], "options": [:],
            "links": ["self": .string(settings.baseURL + "/identity/v3/projects/" + project.id)],
        ]
    }

    /// A list of projects with Keystone's collection `links`.
    func projectsJSON(_ projects: [ProjectRecord], selfPath: String) -> JSON {
        [
            "projects": .array(projects.map(projectJSON)),
            "links": ["self": .string(settings.baseURL + selfPath), "previous": nil, "next": nil],
        ]
    }

    func rolesJSON(_ roleIDs: [String]) -> JSON {
        .array(roleIDs.compactMap { identity.role(id: $0) }.map { ["id": .string($0.id), "name": .string($0.name)] })
    }

    /// Identity API ref, "Password authentication with scoped authorization" (response example);
    /// application-credential tokens add `application_credential` {`id`, `name`, `restricted`}.
    func tokenJSON(_ token: TokenRecord, includeCatalog: Bool) -> JSON {
        let user = identity.users[token.userID]
        var body: JSON = [
            "methods": .strings(token.methods),
            "user": [
                "domain": domainJSON(user?.domainID ?? "default"), "id": .string(token.userID),
                "name": .string(user?.name ?? ""), "password_expires_at": nil,
            ],
            "audit_ids": .strings(token.auditIDs),
            "expires_at": .string(token.expiresAt.keystone),
            "issued_at": .string(token.issuedAt.keystone),
        ]
        if let projectID = token.projectID, let project = identity.projects[projectID] {
            body.append(
                "project",
                ["domain": domainJSON(project.domainID), "id": .string(project.id), "name": .string(project.name)])
            body.append("is_domain", false)
            body.append("roles", rolesJSON(token.roleIDs))
            if includeCatalog { body.append("catalog", Catalog.json(projectID: projectID, settings: settings)) }
        }
        if let credentialID = token.applicationCredentialID,
            let credential = identity.applicationCredentials[credentialID]
        {
            body.append(
                "application_credential",
                [
                    "id": .string(credential.id), "name": .string(credential.name),
                    "restricted": .bool(!credential.unrestricted),
                ])
        }
        return ["token": body]
    }

    /// Identity API ref, "Create application credential" (response example); the secret only when
    /// `includeSecret` (it is shown once, at creation).
    func applicationCredentialJSON(_ credential: ApplicationCredentialRecord, includeSecret: Bool) -> JSON {
        var body: JSON = [
            "id": .string(credential.id), "name": .string(credential.name),
            "description": .optional(credential.description),
            "user_id": .string(credential.userID),
            "project_id": .string(credential.projectID),
            "roles": .array(
                credential.roleIDs.compactMap { identity.role(id: $0) }.map {
                    ["id": .string($0.id), "name": .string($0.name), "domain_id": nil]
                }),
            "unrestricted": .bool(credential.unrestricted),
            "expires_at": .optional(credential.expiresAt?.microseconds),
            "access_rules": [],
            "links": [
                "self": .string(
                    settings.baseURL + "/identity/v3/users/\(credential.userID)/application_credentials/\(credential.id)")
            ],
        ]
        if includeSecret { body.append("secret", .string(credential.secret)) }
        return body
    }
}
