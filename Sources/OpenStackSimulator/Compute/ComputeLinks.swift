/// Nova's `links`: a versioned `self` link and an unversioned `bookmark` (Compute API ref,
/// "Links and References").
enum ComputeLinks {
    static func links(_ baseURL: String, _ collection: String, _ id: String) -> JSON {
        [
            ["href": .string("\(baseURL)/compute/v2.1/\(collection)/\(id)"), "rel": "self"],
            ["href": .string("\(baseURL)/compute/\(collection)/\(id)"), "rel": "bookmark"],
        ]
    }

    static func bookmark(_ baseURL: String, _ collection: String, _ id: String) -> JSON {
        [["href": .string("\(baseURL)/compute/\(collection)/\(id)"), "rel": "bookmark"]]
    }

    /// A 56-hex-digit `hostId` (Nova hashes project id and host with SHA-224; any stable hash of
    /// the same inputs serves, since clients only compare it).
    static func hostID(projectID: String, host: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in (projectID + host).utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        var generator = SeededGenerator(seed: hash)
        return generator.hex(56)
    }
}
