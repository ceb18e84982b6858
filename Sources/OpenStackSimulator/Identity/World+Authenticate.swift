/// `POST /v3/auth/tokens`: checks the credentials and the requested scope, then issues a token.
extension World {
    /// Keystone's ValidationError wording for a missing attribute.
    static func missing(_ attribute: String, in target: String) -> APIError {
        .badRequest(
            "Expecting to find \(attribute) in \(target). The server could not comply with the request since it is "
                + "either malformed or otherwise incorrect. The client is assumed to be in error.")
    }

    /// What the identity methods established before scoping.
    private struct Proof {
        var userID: String
        var methods: [String]
        var expiresAt: Timestamp?
        var parentAuditID: String?
        var credential: ApplicationCredentialRecord?
        var parentProjectID: String?
    }

    mutating func issueToken(request body: JSON?, now: Timestamp) throws(APIError) -> TokenRecord {
        guard let auth = body?["auth"], auth.isObject else { throw Self.missing("auth", in: "request body") }
        guard let identityBody = auth["identity"], identityBody.isObject else {
            throw Self.missing("identity", in: "auth")
        }
        guard let methods = identityBody["methods"]?.arrayValue?.compactMap(\.stringValue), !methods.isEmpty else {
            throw Self.missing("methods", in: "identity")
        }
        var proof: Proof?
        for method in methods {
            guard let payload = identityBody[method], payload.isObject else { throw Self.missing(method, in: "identity") }
            let next = try prove(method: method, payload: payload, now: now)
            if let earlier = proof, earlier.userID != next.userID { throw APIError.unauthorized }
            proof = next
        }
        guard var proof else { throw APIError.unauthorized }
        proof.methods = uniqued(methods + proof.methods)
        let projectID = try scope(auth["scope"], proof: proof)
        var roleIDs: [String] = []
        if let projectID {
            roleIDs = proof.credential?.roleIDs ?? identity.roleIDs(user: proof.userID, project: projectID)
            guard !roleIDs.isEmpty else { throw APIError.unauthorized }
        }
        var expiresAt = proof.expiresAt ?? now + identity.tokenLifetime
        if let credentialExpiry = proof.credential?.expiresAt { expiresAt = min(expiresAt, credentialExpiry) }
        let token = TokenRecord(
            id: "gAAAAAB" + Self.secret(bytes: 138),
            userID: proof.userID, projectID: projectID, roleIDs: roleIDs, methods: proof.methods,
            issuedAt: now, expiresAt: expiresAt,
            auditIDs: [Self.auditID(&random)] + (proof.parentAuditID.map { [$0] } ?? []),
            applicationCredentialID: proof.credential?.id)
        identity.tokens[token.id] = token
        if identity.tokens.count % 4096 == 0 { identity.pruneTokens(at: now) }
        return token
    }

    static func auditID(_ random: inout SeededGenerator) -> String {
        random.bytes(16).base64URLEncoded
    }

    private func prove(method: String, payload: JSON, now: Timestamp) throws(APIError) -> Proof {
        switch method {
        case "password":
            guard let userBody = payload["user"], userBody.isObject else { throw Self.missing("user", in: "password") }
            guard let password = userBody["password"]?.stringValue else { throw Self.missing("password", in: "user") }
            let user = try findUser(userBody)
            guard user.password == password else { throw APIError.unauthorized }
            return Proof(userID: user.id, methods: [])
        case "token":
            guard let id = payload["id"]?.stringValue else { throw Self.missing("id", in: "token") }
            guard let parent = identity.validToken(id, at: now) else { throw APIError.unauthorized }
            let credential = parent.applicationCredentialID.flatMap { identity.applicationCredentials[$0] }
            // keystone/auth/plugins/token.py: the new token keeps the original expiry and methods.
            return Proof(
                userID: parent.userID, methods: parent.methods, expiresAt: parent.expiresAt,
                parentAuditID: parent.auditIDs.last, credential: credential, parentProjectID: parent.projectID)
        case "application_credential":
            return try proveApplicationCredential(payload, now: now)
        default:
            throw APIError(401, "Attempted to authenticate with an unsupported method.")
        }
    }

    private func proveApplicationCredential(_ payload: JSON, now: Timestamp) throws(APIError) -> Proof {
        guard let secret = payload["secret"]?.stringValue else { throw Self.missing("secret", in: "application_credential") }
        let credential: ApplicationCredentialRecord?
        if let id = payload["id"]?.stringValue {
            // Keystone looks the credential up before checking the secret: an unknown or deleted
            // one is 404, not 401.
            guard let found = identity.applicationCredentials[id] else {
                throw APIError.notFound("Could not find Application Credential: \(id).")
            }
            credential = found
        } else if let name = payload["name"]?.stringValue {
            guard let userBody = payload["user"], userBody.isObject else {
                throw Self.missing("user", in: "application_credential")
            }
            let user = try findUser(userBody)
            credential = identity.applicationCredentials.all.first { $0.userID == user.id && $0.name == name }
        } else {
            throw Self.missing("id or name", in: "application_credential")
        }
        guard let credential, credential.secret == secret else { throw APIError.unauthorized }
        if let expiry = credential.expiresAt, expiry <= now { throw APIError.unauthorized }
        return Proof(userID: credential.userID, methods: [], credential: credential)
    }

    private func findUser(_ body: JSON) throws(APIError) -> UserRecord {
        if let id = body["id"]?.stringValue {
            guard let user = identity.users[id] else { throw APIError.unauthorized }
            return user
        }
        guard let name = body["name"]?.stringValue else { throw Self.missing("id or name", in: "user") }
        guard let domain = body["domain"] else { throw Self.missing("domain", in: "user") }
        let domainID = try findDomainID(domain)
        guard let user = identity.user(name: name, domainID: domainID) else { throw APIError.unauthorized }
        return user
    }

    private func findDomainID(_ body: JSON) throws(APIError) -> String {
        if let id = body["id"]?.stringValue {
            guard identity.domain(id: id) != nil else { throw APIError.unauthorized }
            return id
        }
        guard let name = body["name"]?.stringValue, let domain = identity.domain(name: name) else {
            throw APIError.unauthorized
        }
        return domain.id
    }

    /// The project the token is for; `nil` for an unscoped token.
    private func scope(_ scopeBody: JSON?, proof: Proof) throws(APIError) -> String? {
        if let credential = proof.credential {
            if proof.parentProjectID == nil {
                // Identity API ref, "Authenticating with an Application Credential": the token is
                // always for the credential's project, and asking for any scope is refused.
                guard scopeBody == nil else {
                    throw APIError(
                        401,
                        "Error authenticating with application credential: Application credentials cannot request a scope.")
                }
            } else if let projectBody = scopeBody?["project"], try findProjectID(projectBody) != credential.projectID {
                // A token from an application credential cannot be moved to another project.
                throw APIError.unauthorized
            }
            return credential.projectID
        }
        guard let scopeBody, scopeBody.stringValue != "unscoped" else { return nil }
        guard let projectBody = scopeBody["project"] else {
            // Domain and system scopes need roles the simulated users do not have.
            throw APIError.unauthorized
        }
        return try findProjectID(projectBody)
    }

    private func findProjectID(_ body: JSON) throws(APIError) -> String {
        if let id = body["id"]?.stringValue {
            guard identity.projects[id] != nil else { throw APIError.unauthorized }
            return id
        }
        guard let name = body["name"]?.stringValue else { throw Self.missing("id or name", in: "project") }
        guard let domain = body["domain"] else { throw Self.missing("domain", in: "project") }
        guard let project = identity.project(name: name, domainID: try findDomainID(domain)) else {
            throw APIError.unauthorized
        }
        return project.id
    }
}

/// The strings in order, without repeats.
private func uniqued(_ strings: [String]) -> [String] {
    var seen: Set<String> = []
    return strings.filter { seen.insert($0).inserted }
}
