/// SplitMix64: a small, fast, deterministic generator, so a seed always yields the same cloud.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { self.state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private let hexAlphabet = Array("0123456789abcdef")

/// The identifier and value shapes the services use, from any generator.
extension RandomNumberGenerator {
    /// `count` lowercase hexadecimal digits.
    mutating func hex(_ count: Int) -> String {
        var text = ""
        text.reserveCapacity(count)
        var bits: UInt64 = 0
        for index in 0..<count {
            if index % 16 == 0 { bits = next() }
            text.append(hexAlphabet[Int(bits & 0xF)])
            bits >>= 4
        }
        return text
    }

    /// A version-4 UUID string, as Nova, Glance, Neutron and Cinder use for ids.
    mutating func uuid() -> String {
        let digits = Array(hex(32))
        let variant = hexAlphabet[8 + Int(next() % 4)]
        return String(digits[0..<8]) + "-" + String(digits[8..<12]) + "-4" + String(digits[13..<16]) + "-"
            + String(variant) + String(digits[17..<20]) + "-" + String(digits[20..<32])
    }

    /// A 32-digit hexadecimal id without dashes, as Keystone uses.
    mutating func keystoneID() -> String { hex(32) }

    /// `count` random bytes.
    mutating func bytes(_ count: Int) -> [UInt8] {
        (0..<count).map { _ in UInt8(truncatingIfNeeded: next()) }
    }

    /// A value in `0..<bound`; 0 when `bound` is not positive.
    mutating func below(_ bound: Int) -> Int {
        bound > 0 ? Int(next() % UInt64(bound)) : 0
    }

    /// True with the given probability.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(UInt64(1) << 53) < probability
    }

    /// A MAC address in the `fa:16:3e` range Neutron uses by default (`base_mac`).
    mutating func macAddress() -> String {
        let tail = bytes(3).map { byte in
            let text = String(byte, radix: 16)
            return text.count == 1 ? "0" + text : text
        }
        return "fa:16:3e:" + tail.joined(separator: ":")
    }
}
