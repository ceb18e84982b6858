import Hummingbird

/// `/compute/v2.1/flavors` (Compute API ref, "Flavors").
struct FlavorRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        let base = "/compute/v2.1/flavors"
        mount.route(router, .get, base) { request, world throws(APIError) in
            let flavors = try Self.page(request, world: world)
            return .json(["flavors": .array(flavors.map { Self.summaryJSON($0, request: request) })])
        }
        mount.route(router, .get, base + "/detail") { request, world throws(APIError) in
            let flavors = try Self.page(request, world: world)
            return .json(["flavors": .array(flavors.map { Self.detailJSON($0, request: request) })])
        }
        mount.route(router, .get, base + "/:flavor_id") { request, world throws(APIError) in
            .json(["flavor": Self.detailJSON(try Self.find(request, world: world), request: request)])
        }
        // Compute API ref, "List Extra Specs For A Flavor".
        mount.route(router, .get, base + "/:flavor_id/os-extra_specs") { request, world throws(APIError) in
            .json(["extra_specs": .stringMap(try Self.find(request, world: world).extraSpecs)])
        }
    }

    private static func find(_ request: APIRequest, world: World) throws(APIError) -> FlavorRecord {
        let id = request.parameter("flavor_id")
        guard let flavor = world.compute.flavor(id: id) else { throw APIError.notFound("Flavor \(id) could not be found.") }
        return flavor
    }

    /// Flavors in id order, filtered by `minRam`/`minDisk`, paged by `limit`/`marker`.
    private static func page(_ request: APIRequest, world: World) throws(APIError) -> [FlavorRecord] {
        var flavors = world.compute.flavors
        if let minRAM = request.query("minRam").flatMap({ Int($0) }) { flavors = flavors.filter { $0.ram >= minRAM } }
        if let minDisk = request.query("minDisk").flatMap({ Int($0) }) { flavors = flavors.filter { $0.disk >= minDisk } }
        if let marker = request.query("marker") {
            guard let index = flavors.firstIndex(where: { $0.id == marker }) else {
                throw APIError.badRequest("marker [\(marker)] not found")
            }
            flavors = Array(flavors[(index + 1)...])
        }
        if let limit = request.query("limit").flatMap({ Int($0) }), limit > 0 { flavors = Array(flavors.prefix(limit)) }
        return flavors
    }

    static func summaryJSON(_ flavor: FlavorRecord, request: APIRequest) -> JSON {
        var body: JSON = [
            "id": .string(flavor.id), "links": ComputeLinks.links(request.baseURL, "flavors", flavor.id),
            "name": .string(flavor.name),
        ]
        if request.microversion.atLeast(2, 55) { body.append("description", .optional(flavor.description)) }
        return body
    }

    /// Compute API ref, "List Flavors With Details": `swap` is "" when 0 before 2.75 (0 from 2.75),
    /// `description` arrives in 2.55 and `extra_specs` in 2.61. `rxtx_factor` stays at every
    /// microversion: Nova (Zed) still sends it at 2.90.
    static func detailJSON(_ flavor: FlavorRecord, request: APIRequest) -> JSON {
        let version = request.microversion
        var body: JSON = [
            "OS-FLV-DISABLED:disabled": false, "disk": .int(flavor.disk),
            "OS-FLV-EXT-DATA:ephemeral": .int(flavor.ephemeral),
            "os-flavor-access:is_public": .bool(flavor.isPublic), "id": .string(flavor.id),
            "links": ComputeLinks.links(request.baseURL, "flavors", flavor.id), "name": .string(flavor.name),
            "ram": .int(flavor.ram),
            "swap": flavor.swap == 0 && !version.atLeast(2, 75) ? "" : .int(flavor.swap),
            "vcpus": .int(flavor.vcpus), "rxtx_factor": 1.0,
        ]
        if version.atLeast(2, 55) { body.append("description", .optional(flavor.description)) }
        if version.atLeast(2, 61) { body.append("extra_specs", .stringMap(flavor.extraSpecs)) }
        return body
    }
}
