#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An IPv4 or IPv6 address or network, written `ADDRESS` or `ADDRESS/PREFIX` (`10.0.0.0/8`,
/// `fd00::/8`, `127.0.0.1`).
public struct IPNetwork: Sendable, Hashable, CustomStringConvertible {
    /// The address bytes: 4 for IPv4, 16 for IPv6.
    public let bytes: [UInt8]
    /// How many leading bits an address must share with ``bytes`` to be in the network.
    public let prefix: Int

    /// The network `text` names; `nil` when it is not an address, or its prefix is out of range.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, let bytes = Self.bytes(of: String(first)) else { return nil }
        let maximum = bytes.count * 8
        var prefix = maximum
        if parts.count == 2 {
            guard parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), parts[1].count <= 3, let written = Int(parts[1]),
                written <= maximum
            else { return nil }
            prefix = written
        }
        self.bytes = bytes
        self.prefix = prefix
    }

    public var description: String { "\(bytes.count == 4 ? "IPv4" : "IPv6") network /\(prefix)" }

    /// Whether the address `address` (4 or 16 bytes, see ``bytes(of:)``) is in this network.
    public func contains(_ address: [UInt8]) -> Bool {
        guard address.count == bytes.count else { return false }
        let whole = prefix / 8
        guard address.prefix(whole) == bytes.prefix(whole) else { return false }
        let rest = prefix % 8
        guard rest > 0, whole < bytes.count else { return true }
        let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - rest))
        return address[whole] & mask == bytes[whole] & mask
    }

    /// The bytes of an IPv4 (4) or IPv6 (16) address written as text, an IPv4-mapped IPv6 address
    /// (`::ffff:a.b.c.d`, as a dual-stack socket reports an IPv4 peer) as IPv4; `nil` for anything else.
    public static func bytes(of text: String) -> [UInt8]? {
        guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
        var v4 = [UInt8](repeating: 0, count: 4)
        if inet_pton(AF_INET, text, &v4) == 1 { return v4 }
        var v6 = [UInt8](repeating: 0, count: 16)
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        if v6[0..<10].allSatisfy({ $0 == 0 }), v6[10] == 0xff, v6[11] == 0xff { return Array(v6[12..<16]) }
        return v6
    }
}
