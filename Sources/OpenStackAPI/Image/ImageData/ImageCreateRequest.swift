/// What to send to `POST /v2/images` (Image API v2, "Create image"): the record an upload fills.
public struct ImageCreateRequest: Sendable, Hashable, Encodable {
    /// The name.
    public var name: String
    /// `qcow2`, `raw`, `vmdk`, `iso`…
    public var diskFormat: String
    /// `bare` for a plain disk image.
    public var containerFormat: String
    /// `private` (the default), `shared`, `community` or `public` (admins only).
    public var visibility: ImageVisibility?
    /// The smallest root disk it needs, in GiB.
    public var minDisk: Int?
    /// The least memory it needs, in MiB.
    public var minRAM: Int?
    /// Extra properties, such as `os_distro`; sent as top-level fields, as Glance wants them.
    public var properties: [String: String]

    /// Creates a request.
    public init(
        name: String, diskFormat: String, containerFormat: String = "bare", visibility: ImageVisibility? = nil,
        minDisk: Int? = nil, minRAM: Int? = nil, properties: [String: String] = [:]
    ) {
        self.name = name
        self.diskFormat = diskFormat
        self.containerFormat = containerFormat
        self.visibility = visibility
        self.minDisk = minDisk
        self.minRAM = minRAM
        self.properties = properties
    }

    /// Encodes the fields and the properties side by side in one object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: DynamicKey.self)
        for (key, value) in properties.sorted(by: { $0.key < $1.key }) {
            try container.encode(value, forKey: DynamicKey(key))
        }
        try container.encode(name, forKey: DynamicKey("name"))
        try container.encode(diskFormat, forKey: DynamicKey("disk_format"))
        try container.encode(containerFormat, forKey: DynamicKey("container_format"))
        try container.encodeIfPresent(visibility?.rawValue, forKey: DynamicKey("visibility"))
        try container.encodeIfPresent(minDisk, forKey: DynamicKey("min_disk"))
        try container.encodeIfPresent(minRAM, forKey: DynamicKey("min_ram"))
    }
}
