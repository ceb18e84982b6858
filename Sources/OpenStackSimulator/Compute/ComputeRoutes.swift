import Hummingbird

/// Nova v2.1 under `/compute`.
struct ComputeRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        // Compute API ref, "List All Major Versions": 200 with v2.0 (SUPPORTED) and v2.1 (CURRENT).
        mount.route(router, .get, "/compute", access: .anonymous) { request, _ throws(APIError) in
            .json(["versions": [Self.legacyVersionJSON(request.baseURL), Self.versionJSON(request.baseURL)]])
        }
        // Compute API ref, "Show Details of Specific API Version".
        mount.route(router, .get, "/compute/v2.1", access: .anonymous) { request, _ throws(APIError) in
            .json(["version": Self.versionJSON(request.baseURL)])
        }
        ServerRoutes(mount: mount).register(on: router)
        ServerActionRoutes(mount: mount).register(on: router)
        FlavorRoutes(mount: mount).register(on: router)
        KeypairRoutes(mount: mount).register(on: router)
        ComputeLimitsRoutes(mount: mount).register(on: router)
        TenantUsageRoutes(mount: mount).register(on: router)
        VolumeAttachmentRoutes(mount: mount).register(on: router)
    }

    static func versionJSON(_ baseURL: String) -> JSON {
        let policy = MicroversionPolicy.compute
        return [
            "id": "v2.1", "status": "CURRENT", "version": .string(policy.maximum.description),
            "min_version": .string(policy.minimum.description), "updated": "2013-07-23T11:33:21Z",
            "links": [
                ["rel": "self", "href": .string(baseURL + "/compute/v2.1/")],
                ["rel": "describedby", "type": "text/html", "href": "http://docs.openstack.org/"],
            ],
            "media-types": [["base": "application/json", "type": "application/vnd.openstack.compute+json;version=2.1"]],
        ]
    }

    static func legacyVersionJSON(_ baseURL: String) -> JSON {
        [
            "id": "v2.0", "status": "SUPPORTED", "version": "", "min_version": "", "updated": "2011-01-21T11:33:21Z",
            "links": [["rel": "self", "href": .string(baseURL + "/compute/v2/")]],
        ]
    }
}
