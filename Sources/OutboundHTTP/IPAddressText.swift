import Foundation

/// An IPv4 address read from dotted-quad text, strictly (four decimal parts, 0-255, no leading
/// zeros), so `0x7f.1` or `127.1` are not taken for public names.
struct IPv4: Sendable, Hashable {
    let bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var bytes: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCII), part.allSatisfy(\.isNumber),
                part == "0" || !part.hasPrefix("0"), let value = UInt8(part)
            else { return nil }
            bytes.append(value)
        }
        self.bytes = bytes
    }

    /// Not in 0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.0.0/24, 192.0.2/24,
    /// 192.168/16, 198.18/15, 198.51.100/24, 203.0.113/24, 224/4 or 240/4.
    var isPublic: Bool {
        let (a, b, c) = (bytes[0], bytes[1], bytes[2])
        switch a {
        case 0, 10, 127: return false
        case 100 where b & 0xc0 == 64: return false
        case 169 where b == 254: return false
        case 172 where b & 0xf0 == 16: return false
        case 192 where b == 0 && (c == 0 || c == 2), 192 where b == 168: return false
        case 198 where b & 0xfe == 18, 198 where b == 51 && c == 100: return false
        case 203 where b == 0 && c == 113: return false
        case 224...255: return false
        default: return true
        }
    }
}

/// The 16 bytes of an IPv6 address written as text (`::`, embedded IPv4 and zone ids accepted),
/// or `nil` when it is not one.
func ipv6Bytes(_ text: String) -> [UInt8]? {
    let address = text.split(separator: "%", maxSplits: 1).first.map(String.init) ?? text
    guard address.contains(":") else { return nil }
    var head: [UInt16] = []
    var tail: [UInt16] = []
    var sawGap = false
    var embedded: [UInt8] = []
    let halves = address.components(separatedBy: "::")
    guard halves.count <= 2 else { return nil }
    func groups(_ part: String, isLast: Bool) -> [UInt16]? {
        guard !part.isEmpty else { return [] }
        var values: [UInt16] = []
        let pieces = part.split(separator: ":", omittingEmptySubsequences: false)
        for (index, piece) in pieces.enumerated() {
            if isLast, index == pieces.count - 1, piece.contains(".") {
                guard let v4 = IPv4(String(piece)) else { return nil }
                embedded = v4.bytes
                continue
            }
            guard (1...4).contains(piece.count), let value = UInt16(piece, radix: 16) else { return nil }
            values.append(value)
        }
        return values
    }
    if halves.count == 2 {
        sawGap = true
        guard let first = groups(halves[0], isLast: false), let second = groups(halves[1], isLast: true) else { return nil }
        head = first
        tail = second
    } else {
        guard let all = groups(address, isLast: true) else { return nil }
        head = all
    }
    let words = head.count + tail.count + embedded.count / 2
    guard sawGap ? words < 8 : words == 8 else { return nil }
    let middle = [UInt16](repeating: 0, count: 8 - words)
    var bytes: [UInt8] = []
    for word in head + middle + tail {
        bytes.append(UInt8(word >> 8))
        bytes.append(UInt8(word & 0xff))
    }
    return bytes + embedded
}
