import Hummingbird

/// Keystone v3 under `/identity`.
struct IdentityRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        mount.route(router, .get, "/identity", access: .anonymous) { request, _ throws(APIError) in
            // Identity API ref, "List versions": 300 Multiple Choices with {"versions": {"values": [...]}}.
            .json(["versions": ["values": [Self.versionJSON(request.baseURL)]]], status: 300)
        }
        mount.route(router, .get, "/identity/v3", access: .anonymous) { request, _ throws(APIError) in
            .json(["version": Self.versionJSON(request.baseURL)])
        }
        TokenRoutes(mount: mount).register(on: router)
        ProjectRoutes(mount: mount).register(on: router)
        ApplicationCredentialRoutes(mount: mount).register(on: router)
        FederationRoutes(mount: mount).register(on: router)
    }

    /// Identity API ref, "Show API version": Keystone in Zed is v3.14.
    static func versionJSON(_ baseURL: String) -> JSON {
        [
            "id": "v3.14", "status": "stable", "updated": "2020-04-07T00:00:00Z",
            "links": [["rel": "self", "href": .string(baseURL + "/identity/v3/")]],
            "media-types": [["base": "application/json", "type": "application/vnd.openstack.identity-v3+json"]],
        ]
    }

    /// Keystone's policy refusal (HTTP 403) for `action`, such as `identity:validate_token`.
    static func forbidden(_ action: String) -> APIError {
        .forbidden("You are not authorized to perform the requested action: \(action).")
    }
}
