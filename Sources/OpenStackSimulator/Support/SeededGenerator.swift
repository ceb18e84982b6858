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

private let hexAlphabet = Array("0123456789abcdef".utf8)

/// The identifier and value shapes the services use, from any generator.
extension RandomNumberGenerator {
    /// `count` lowercase hexadecimal digits.
    mutating func hex(_ count: Int) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(count)
        var bits: UInt64 = 0
        for index in 0..<count {
            if index % 16 == 0 { bits = next() }
            text.append(hexAlphabet[Int(bits & 0xF)])
            bits >>= 4
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A version-4 UUID string, as Nova, Glance, Neutron and Cinder use for ids.
    mutating func uuid() -> String {
        let digits = Array(hex(32).utf8)
        let variant = hexAlphabet[8 + Int(next() % 4)]
        var text: [UInt8] = []
        text.reserveCapacity(36)
        let dash = UInt8(ascii: "-")
        text.append(contentsOf: digits[0..<8])
        text.append(dash)
        text.append(contentsOf: digits[8..<12])
        text.append(contentsOf: [dash, UInt8(ascii: "4")])
        text.append(contentsOf: digits[13..<16])
        text.append(contentsOf: [dash, variant])
        text.append(contentsOf: digits[17..<20])
        text.append(dash)
        text.append(contentsOf: digits[20..<32])
        return String(decoding: text, as: UTF8.self)
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
