/// A Nova flavor (Compute API reference, "List Flavors With Details").
public struct Flavor: Sendable, Hashable, Codable, Identifiable {
    /// The flavor id (often numeric text, sometimes a UUID).
    public var id: String
    /// The name, such as `m1.small`.
    public var name: String
    /// Virtual CPUs.
    public var vcpus: Int
    /// Memory in MiB.
    public var ram: Int
    /// Root disk in GiB; 0 means the image's size (and usually boot from volume).
    public var disk: Int
    /// Swap in MiB; Nova sends `""` for none before 2.75, decoded as 0.
    public var swap: Int
    /// Ephemeral disk in GiB.
    public var ephemeral: Int?
    /// Whether the flavor is disabled.
    public var disabled: Bool?
    /// Whether every project may use it.
    public var isPublic: Bool?
    /// Network bandwidth factor.
    public var rxtxFactor: Double?
    /// Description; since 2.55.
    public var description: String?
    /// Extra specs; since 2.61 (may be hidden by policy).
    public var extraSpecs: [String: String]?

    enum CodingKeys: String, CodingKey {
        case id, name, vcpus, ram, disk, swap
        case ephemeral = "OS-FLV-EXT-DATA:ephemeral"
        case disabled = "OS-FLV-DISABLED:disabled"
        case isPublic = "os-flavor-access:is_public"
        case rxtxFactor = "rxtx_factor"
        case description
        case extraSpecs = "extra_specs"
    }

    /// Creates a flavor record.
    public init(id: String, name: String, vcpus: Int, ram: Int, disk: Int, swap: Int = 0) {
        self.id = id
        self.name = name
        self.vcpus = vcpus
        self.ram = ram
        self.disk = disk
        self.swap = swap
    }

    /// Decodes the wire form, tolerating the empty-string `swap` of pre-2.75 responses.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        vcpus = try container.decode(Int.self, forKey: .vcpus)
        ram = try container.decode(Int.self, forKey: .ram)
        disk = try container.decode(Int.self, forKey: .disk)
        if let text = try? container.decodeIfPresent(String.self, forKey: .swap) {
            swap = Int(text) ?? 0
        } else {
            swap = try container.decodeIfPresent(Int.self, forKey: .swap) ?? 0
        }
        ephemeral = try container.decodeIfPresent(Int.self, forKey: .ephemeral)
        disabled = try container.decodeIfPresent(Bool.self, forKey: .disabled)
        isPublic = try container.decodeIfPresent(Bool.self, forKey: .isPublic)
        rxtxFactor = try container.decodeIfPresent(Double.self, forKey: .rxtxFactor)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        extraSpecs = try container.decodeIfPresent([String: String].self, forKey: .extraSpecs)
    }
}
