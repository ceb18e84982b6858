/// `POST /v2/images` (Image API ref, "Create image"): a queued image without data.
extension World {
    static let diskFormats = ["ami", "ari", "aki", "vhd", "vhdx", "vmdk", "raw", "qcow2", "vdi", "iso", "ploop"]
    static let containerFormats = ["ami", "ari", "aki", "bare", "ovf", "ova", "docker", "compressed"]
    /// Core properties a client may set at creation; any other string member becomes an additional property.
    static let imageCoreKeys: Set<String> = [
        "name", "visibility", "disk_format", "container_format", "min_disk", "min_ram", "protected", "tags", "id", "os_hidden",
    ]

    mutating func createImage(_ request: APIRequest) throws(APIError) -> ImageRecord {
        guard let body = request.body, body.isObject else { throw APIError.badRequest("Malformed JSON in request body.") }
        let diskFormat = body["disk_format"]?.stringValue
        if let diskFormat, !Self.diskFormats.contains(diskFormat) {
            throw APIError.badRequest("Invalid value '\(diskFormat)' for disk_format")
        }
        let containerFormat = body["container_format"]?.stringValue
        if let containerFormat, !Self.containerFormats.contains(containerFormat) {
            throw APIError.badRequest("Invalid value '\(containerFormat)' for container_format")
        }
        // Since Pike new images default to `shared`; only admins may make them public.
        let visibility = body["visibility"]?.stringValue ?? "shared"
        guard ["private", "shared", "community", "public"].contains(visibility) else {
            throw APIError.badRequest("Invalid value '\(visibility)' for visibility")
        }
        if visibility == "public" { throw APIError.forbidden("You are not authorized to complete publicize_image action.") }
        let id = body["id"]?.stringValue ?? random.uuid()
        if images.images[id] != nil { throw APIError.conflict("An image with identifier \(id) already exists") }
        var properties: [String: String] = [:]
        for key in body.keys where !Self.imageCoreKeys.contains(key) {
            guard let value = body[key]?.stringValue else {
                throw APIError.badRequest("Provided object does not match schema 'image': \(key) must be a string")
            }
            properties[key] = value
        }
        let image = ImageRecord(
            id: id, name: body["name"]?.stringValue, ownerID: request.projectID, visibility: visibility,
            status: Timeline("queued", at: request.now), diskFormat: diskFormat, containerFormat: containerFormat,
            minDisk: body["min_disk"]?.intValue ?? 0, minRAM: body["min_ram"]?.intValue ?? 0,
            isProtected: body["protected"]?.boolValue ?? false, isHidden: body["os_hidden"]?.boolValue ?? false,
            tags: body["tags"]?.arrayValue?.compactMap(\.stringValue) ?? [], properties: properties,
            createdAt: request.now, updatedAt: request.now)
        images.images.insert(image)
        return image
    }
}
