/// Image JSON (Image API ref, "Show image": core properties plus additional properties as
/// top-level string values).
extension World {
    func imageJSON(_ image: ImageRecord, now: Timestamp) -> JSON {
        let status = image.status.state(at: now)
        let hasData = status == "active"
        var members: [(String, JSON)] = [
            ("status", .string(status)),
            ("name", .optional(image.name)),
            ("tags", .strings(image.tags)),
            ("container_format", .optional(image.containerFormat)),
            ("created_at", .string(image.createdAt.iso)),
            ("disk_format", .optional(image.diskFormat)),
            ("updated_at", .string(max(image.updatedAt, image.status.since(at: now)).iso)),
            ("visibility", .string(image.visibility)),
            ("self", .string("/v2/images/" + image.id)),
            ("min_disk", .int(image.minDisk)),
            ("protected", .bool(image.isProtected)),
            ("id", .string(image.id)),
            ("file", .string("/v2/images/\(image.id)/file")),
            ("checksum", hasData ? .optional(image.checksum) : nil),
            ("os_hash_algo", hasData && image.hashValue != nil ? "sha512" : nil),
            ("os_hash_value", hasData ? .optional(image.hashValue) : nil),
            ("os_hidden", .bool(image.isHidden)),
            ("owner", .string(image.ownerID)),
            ("size", hasData ? .optional(image.size) : nil),
            ("min_ram", .int(image.minRAM)),
            ("schema", "/v2/schemas/image"),
            ("virtual_size", hasData ? .optional(image.virtualSize) : nil),
        ]
        for (key, value) in image.properties.sorted(by: { $0.key < $1.key }) { members.append((key, .string(value))) }
        return .object(members)
    }
}
