import Hummingbird

/// `PATCH /v2/images/{id}` with a JSON Patch (`application/openstack-images-v2.1-json-patch`), as in
/// Image API ref, "Update image": `add`, `replace` and `remove` on core and additional properties.
struct ImagePatchRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        mount.route(router, .patch, "/image/v2/images/:image_id") { request, world throws(APIError) in
            var image = try ImageRoutes.visible(request, world: world)
            guard image.ownerID == request.projectID else {
                throw APIError.forbidden("You are not authorized to complete modify_image action.")
            }
            guard let operations = request.body?.arrayValue else {
                throw APIError.badRequest("Request body must be a JSON array of operation objects.")
            }
            for operation in operations { try Self.apply(operation, to: &image) }
            image.updatedAt = request.now
            world.images.images.insert(image)
            return .json(world.imageJSON(image, now: request.now))
        }
    }

    private static func apply(_ operation: JSON, to image: inout ImageRecord) throws(APIError) {
        guard let op = operation["op"]?.stringValue, ["add", "replace", "remove"].contains(op),
            let path = operation["path"]?.stringValue, path.hasPrefix("/")
        else {
            throw APIError.badRequest("Operation objects must contain exactly one member named \"add\", \"remove\", or \"replace\".")
        }
        let key = String(path.dropFirst())
        let value = operation["value"]
        switch key {
        case "name": image.name = op == "remove" ? nil : value?.stringValue
        case "visibility":
            guard let visibility = value?.stringValue, ["private", "shared", "community"].contains(visibility) else {
                throw APIError.forbidden("You are not authorized to complete publicize_image action.")
            }
            image.visibility = visibility
        case "protected": image.isProtected = value?.boolValue ?? false
        case "os_hidden": image.isHidden = value?.boolValue ?? false
        case "min_disk": image.minDisk = value?.intValue ?? 0
        case "min_ram": image.minRAM = value?.intValue ?? 0
        case "tags": image.tags = value?.arrayValue?.compactMap(\.stringValue) ?? []
        case "id", "status", "owner", "size", "checksum", "created_at", "updated_at", "self", "file", "schema":
            throw APIError.forbidden("Attribute '\(key)' is read-only.")
        default:
            if op == "remove" {
                guard image.properties.removeValue(forKey: key) != nil else {
                    throw APIError.conflict("Property \(key) does not exist.")
                }
            } else {
                guard let text = value?.stringValue else {
                    throw APIError.badRequest("Provided object does not match schema 'image': \(key) must be a string")
                }
                image.properties[key] = text
            }
        }
    }
}
