import Hummingbird

/// `/v3/auth/tokens` and `/v3/auth/catalog`.
struct TokenRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let path = "/identity/v3/auth/tokens"
        // Identity API ref, "Password authentication with scoped authorization": 201, token id in
        // X-Subject-Token, body {"token": {...}}; `nocatalog` leaves the catalog out.
        mount.route(router, .post, path, access: .anonymous) { request, world throws(APIError) in
            let token = try world.issueToken(request: request.body, now: request.now)
            let body = world.tokenJSON(token, includeCatalog: request.query("nocatalog") == nil)
            return .json(body, status: 201, headers: [("X-Subject-Token", token.id), ("Vary", "X-Auth-Token")])
        }
        // Identity API ref, "Validate and show information for token": 200 with the token, 404 when
        // the subject token is invalid, expired or revoked.
        mount.route(router, .get, path, access: .token) { request, world throws(APIError) in
            let subject = try Self.subject(request, world: world, action: "identity:validate_token")
            let body = world.tokenJSON(subject, includeCatalog: request.query("nocatalog") == nil)
            return .json(body, headers: [("X-Subject-Token", subject.id), ("Vary", "X-Auth-Token")])
        }
        // Identity API ref, "Check token": 200 without a body.
        mount.route(router, .head, path, access: .token) { request, world throws(APIError) in
            let subject = try Self.subject(request, world: world, action: "identity:check_token")
            return .empty(200, headers: [("X-Subject-Token", subject.id)])
        }
        // Identity API ref, "Revoke token": 204.
        mount.route(router, .delete, path, access: .token) { request, world throws(APIError) in
            let subject = try Self.subject(request, world: world, action: "identity:revoke_token")
            world.identity.tokens[subject.id]?.revoked = true
            return .empty(204)
        }
        // Identity API ref, "Get service catalog".
        mount.route(router, .get, "/identity/v3/auth/catalog", access: .token) { request, world throws(APIError) in
            guard let projectID = request.token?.projectID else {
                throw APIError.forbidden("The service catalog can only be shown for a scoped token.")
            }
            return .json([
                "catalog": Catalog.json(projectID: projectID, settings: world.settings),
                "links": ["self": .string(request.baseURL + "/identity/v3/auth/catalog"), "previous": nil, "next": nil],
            ])
        }
    }

    /// The token named in X-Subject-Token, which only its own user may inspect or revoke
    /// (Keystone's default policy: admin, or the token's subject).
    private static func subject(_ request: APIRequest, world: World, action: String) throws(APIError) -> TokenRecord {
        guard let id = request.header("x-subject-token") else {
            throw World.missing("X-Subject-Token", in: "header")
        }
        guard let subject = world.identity.validToken(id, at: request.now) else {
            throw APIError.notFound("Could not find token: \(id).")
        }
        guard subject.userID == request.userID else { throw IdentityRoutes.forbidden(action) }
        return subject
    }
}
