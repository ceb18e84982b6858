import Foundation

extension Image {
    // Glance's fixed fields, which are not free-form properties (Image API v2, "Show image").
    private static let reservedKeys: Set<String> = Set(CodingKeys.allCases.map(\.stringValue)).union([
        "file", "self", "schema", "direct_url", "locations", "os_hash_algo", "os_hash_value", "stores",
    ])

    /// Decodes the wire form, gathering unknown string fields into ``properties``.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        status = try c.decodeIfPresent(ImageStatus.self, forKey: .status)
        visibility = try c.decodeIfPresent(ImageVisibility.self, forKey: .visibility)
        size = try c.decodeIfPresent(Int64.self, forKey: .size)
        virtualSize = try c.decodeIfPresent(Int64.self, forKey: .virtualSize)
        minDisk = try c.decodeIfPresent(Int.self, forKey: .minDisk)
        minRAM = try c.decodeIfPresent(Int.self, forKey: .minRAM)
        diskFormat = try c.decodeIfPresent(String.self, forKey: .diskFormat)
        containerFormat = try c.decodeIfPresent(String.self, forKey: .containerFormat)
        owner = try c.decodeIfPresent(String.self, forKey: .owner)
        isProtected = try c.decodeIfPresent(Bool.self, forKey: .isProtected)
        isHidden = try c.decodeIfPresent(Bool.self, forKey: .isHidden)
        tags = try c.decodeIfPresent([String].self, forKey: .tags)
        createdAt = try c.decodeIfPresent(Date.self, forKey: .createdAt)
        updatedAt = try c.decodeIfPresent(Date.self, forKey: .updatedAt)
        checksum = try c.decodeIfPresent(String.self, forKey: .checksum)
        // Our own encoding (a cache) nests the properties; the wire form has them at top level.
        if let nested = try c.decodeIfPresent([String: String].self, forKey: .properties) {
            properties = nested
        } else {
            let all = try decoder.container(keyedBy: DynamicKey.self)
            var found: [String: String] = [:]
            for key in all.allKeys where !Self.reservedKeys.contains(key.stringValue) {
                if let value = try? all.decode(String.self, forKey: key) { found[key.stringValue] = value }
            }
            properties = found
        }
    }
}
