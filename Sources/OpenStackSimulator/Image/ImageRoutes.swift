import Hummingbird

/// Glance v2 under `/image` (Image API ref, "Images").
struct ImageRoutes {
    let mount: ServiceMount

    /// Glance in Zed reports v2.15 as CURRENT.
    static let versions = ["v2.15", "v2.14", "v2.13", "v2.12", "v2.11", "v2.10", "v2.9", "v2.8", "v2.7", "v2.6", "v2.5", "v2.4", "v2.3", "v2.2", "v2.1", "v2.0"]

    func register(on router: Router<BasicRequestContext>) {
        // Image API ref, "List API versions": 300 Multiple Choices at the root, 200 at /versions.
        mount.route(router, .get, "/image", access: .anonymous) { request, _ throws(APIError) in
            .json(Self.versionsJSON(request.baseURL), status: 300)
        }
        mount.route(router, .get, "/image/versions", access: .anonymous) { request, _ throws(APIError) in
            .json(Self.versionsJSON(request.baseURL))
        }
        let base = "/image/v2/images"
        mount.route(router, .get, base) { request, world throws(APIError) in
            try Self.list(request, world: world)
        }
        mount.route(router, .get, base + "/:image_id") { request, world throws(APIError) in
            .json(world.imageJSON(try Self.visible(request, world: world), now: request.now))
        }
        mount.route(router, .post, base) { request, world throws(APIError) in
            let image = try world.createImage(request)
            return .json(
                world.imageJSON(image, now: request.now), status: 201,
                headers: [("Location", "\(request.baseURL)/image/v2/images/\(image.id)")])
        }
        // Image API ref, "Delete image": 204; 403 for a protected image or one the project does not own.
        mount.route(router, .delete, base + "/:image_id") { request, world throws(APIError) in
            let image = try Self.visible(request, world: world)
            guard image.ownerID == request.projectID else {
                throw APIError.forbidden("You are not authorized to complete delete_image action.")
            }
            guard !image.isProtected else { throw APIError.forbidden("Image \(image.id) is protected and cannot be deleted.") }
            world.images.images[image.id] = nil
            return .empty(204)
        }
        // Image API ref, "Upload binary image data": 204; the image goes saving → active.
        mount.route(router, .put, base + "/:image_id/file") { request, world throws(APIError) in
            var image = try Self.visible(request, world: world)
            guard image.ownerID == request.projectID else {
                throw APIError.forbidden("You are not authorized to complete upload_image action.")
            }
            guard image.status.state(at: request.now) == "queued" else {
                throw APIError.conflict("Image status transition from \(image.status.state(at: request.now)) to saving is not allowed")
            }
            image.size = Int(request.header("content-length") ?? "") ?? 0
            image.checksum = world.random.hex(32)
            image.hashValue = world.random.hex(128)
            image.status.schedule(at: request.now, "saving", then: [(2, "active")])
            image.updatedAt = request.now
            world.images.images.insert(image)
            return .empty(204)
        }
        ImagePatchRoutes(mount: mount).register(on: router)
    }

    static func versionsJSON(_ baseURL: String) -> JSON {
        [
            "versions": .array(
                versions.enumerated().map { index, id in
                    [
                        "id": .string(id), "status": index == 0 ? "CURRENT" : "SUPPORTED",
                        "links": [["rel": "self", "href": .string(baseURL + "/image/v2/")]],
                    ]
                })
        ]
    }

    /// The image if the caller's project may see it, else Glance's 404.
    static func visible(_ request: APIRequest, world: World) throws(APIError) -> ImageRecord {
        let id = request.parameter("image_id")
        guard let image = world.images.images[id], world.images.isVisible(image, to: request.projectID) else {
            throw APIError.notFound("No image found with ID \(id)")
        }
        return image
    }

    /// Image API ref, "List images": newest first, `limit` (default 25, at most 1000), `marker`,
    /// filters `name`, `status`, `visibility`, `owner`, `tag`, `os_hidden` (hidden images are left out
    /// unless asked for); `next` whenever the page is full.
    private static func list(_ request: APIRequest, world: World) throws(APIError) -> APIResponse {
        var limit = 25
        if let text = request.query("limit") {
            guard let value = Int(text) else { throw APIError.badRequest("limit param must be an integer") }
            guard value >= 0 else { throw APIError.badRequest("limit param must be positive") }
            limit = min(value, 1000)
        }
        let visibility = request.query("visibility")
        if let visibility, !["public", "private", "shared", "community", "all"].contains(visibility) {
            throw APIError.badRequest("Invalid visibility value: \(visibility)")
        }
        let hidden = request.query("os_hidden") == "true"
        let name = request.query("name")
        let status = request.query("status")
        let owner = request.query("owner")
        let tags = request.queryAll("tag")
        var candidates = world.images.images.all.filter { image in
            guard world.images.isVisible(image, to: request.projectID), image.isHidden == hidden else { return false }
            if let visibility, visibility != "all", image.visibility != visibility { return false }
            // Without a visibility filter, community images are only listed when asked for.
            if visibility == nil, image.visibility == "community", image.ownerID != request.projectID { return false }
            if let name, image.name != name { return false }
            if let status, image.status.state(at: request.now) != status { return false }
            if let owner, image.ownerID != owner { return false }
            return tags.allSatisfy(image.tags.contains)
        }
        candidates.sort { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        if let marker = request.query("marker") {
            guard let index = candidates.firstIndex(where: { $0.id == marker }) else {
                throw APIError.badRequest("No image found with ID \(marker)")
            }
            candidates = Array(candidates[(index + 1)...])
        }
        let page = Array(candidates.prefix(limit))
        var body: JSON = [
            "images": .array(page.map { world.imageJSON($0, now: request.now) }),
            "first": "/v2/images", "schema": "/v2/schemas/images",
        ]
        if let last = page.last, page.count == limit {
            body.append("next", .string("/v2/images?" + request.queryString(replacingMarkerWith: last.id)))
        }
        return .json(body)
    }
}
