import Hummingbird

/// `/v3/users/{user_id}/application_credentials` (Identity API ref, "Application Credentials").
struct ApplicationCredentialRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let collection = "/identity/v3/users/:user_id/application_credentials"
        mount.route(router, .post, collection, access: .token) { request, world throws(APIError) in
            try Self.requireOwner(request, action: "identity:create_application_credential")
            try Self.requireUnrestricted(request, world: world)
            let credential = try world.createApplicationCredential(request)
            return .json(["application_credential": world.applicationCredentialJSON(credential, includeSecret: true)], status: 201)
        }
        mount.route(router, .get, collection, access: .token) { request, world throws(APIError) in
            try Self.requireOwner(request, action: "identity:list_application_credentials")
            let name = request.query("name")
            let credentials = world.identity.applicationCredentials.all.filter {
                $0.userID == request.userID && (name == nil || $0.name == name)
            }
            return .json([
                "application_credentials": .array(
                    credentials.map { world.applicationCredentialJSON($0, includeSecret: false) }),
                "links": ["self": .string(request.baseURL + request.path), "previous": nil, "next": nil],
            ])
        }
        mount.route(router, .get, collection + "/:credential_id", access: .token) { request, world throws(APIError) in
            try Self.requireOwner(request, action: "identity:get_application_credential")
            let credential = try Self.find(request, world: world)
            return .json(["application_credential": world.applicationCredentialJSON(credential, includeSecret: false)])
        }
        mount.route(router, .delete, collection + "/:credential_id", access: .token) { request, world throws(APIError) in
            try Self.requireOwner(request, action: "identity:delete_application_credential")
            try Self.requireUnrestricted(request, world: world)
            let credential = try Self.find(request, world: world)
            // Deleting a credential invalidates the tokens issued from it (see IdentityStore.validToken).
            world.identity.applicationCredentials[credential.id] = nil
            return .empty(204)
        }
    }

    private static func requireOwner(_ request: APIRequest, action: String) throws(APIError) {
        guard request.parameter("user_id") == request.userID else { throw IdentityRoutes.forbidden(action) }
    }

    /// keystone/api/users.py `_check_unrestricted_application_credential`: a token from a restricted
    /// application credential may not create or delete application credentials.
    private static func requireUnrestricted(_ request: APIRequest, world: World) throws(APIError) {
        guard let credentialID = request.token?.applicationCredentialID,
            let credential = world.identity.applicationCredentials[credentialID], !credential.unrestricted
        else { return }
        throw IdentityRoutes.forbidden(
            "Using method 'application_credential' is not allowed for managing additional application credentials")
    }

    private static func find(_ request: APIRequest, world: World) throws(APIError) -> ApplicationCredentialRecord {
        let id = request.parameter("credential_id")
        guard let credential = world.identity.applicationCredentials[id], credential.userID == request.userID else {
            throw APIError.notFound("Could not find Application Credential: \(id).")
        }
        return credential
    }
}

extension World {
    /// Identity API ref, "Create application credential": `name` required; `secret` generated when
    /// absent; `roles` default to the token's roles and must be among them; names unique per user.
    mutating func createApplicationCredential(_ request: APIRequest) throws(APIError) -> ApplicationCredentialRecord {
        guard let body = request.body?["application_credential"], body.isObject else {
            throw Self.missing("application_credential", in: "request body")
        }
        guard let name = body["name"]?.stringValue, !name.isEmpty else {
            throw Self.missing("name", in: "application_credential")
        }
        guard let token = request.token, let projectID = token.projectID else {
            throw APIError.badRequest("Creating an application credential requires a project-scoped token.")
        }
        if identity.applicationCredentials.all.contains(where: { $0.userID == token.userID && $0.name == name }) {
            throw APIError.conflict(
                "Conflict occurred attempting to store application_credential - Duplicate entry found with name \(name).")
        }
        var roleIDs = token.roleIDs
        if let requested = body["roles"]?.arrayValue {
            roleIDs = []
            for role in requested {
                let found = role["id"]?.stringValue.flatMap(identity.role(id:))
                    ?? role["name"]?.stringValue.flatMap(identity.role(name:))
                guard let found, token.roleIDs.contains(found.id) else {
                    throw APIError.badRequest(
                        "Invalid application credential: the token does not hold role \(role["name"]?.stringValue ?? role["id"]?.stringValue ?? "?").")
                }
                roleIDs.append(found.id)
            }
        }
        var expiresAt: Timestamp?
        if let text = body["expires_at"]?.stringValue {
            guard let parsed = Timestamp(iso: text) else {
                throw APIError.badRequest("Invalid input for field 'expires_at': '\(text)' is not a 'date-time'")
            }
            expiresAt = parsed
        }
        let credential = ApplicationCredentialRecord(
            id: random.keystoneID(), name: name, description: body["description"]?.stringValue,
            userID: token.userID, projectID: projectID,
            secret: body["secret"]?.stringValue
                ?? Self.secret(bytes: 64),
            roleIDs: roleIDs, unrestricted: body["unrestricted"]?.boolValue ?? false, expiresAt: expiresAt)
        identity.applicationCredentials.insert(credential)
        return credential
    }
}
