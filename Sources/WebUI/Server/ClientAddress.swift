import NIOCore
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The key one client's limits are counted under: its IPv4 address, or the /64 network of its
/// IPv6 address (one host gets a whole /64, so counting single IPv6 addresses limits nobody).
enum ClientAddress {
    /// The key for `address`; every client whose address is unknown shares one.
    static func key(for address: SocketAddress?) -> String {
        guard let address else { return "unknown" }
        switch address {
        case .v4:
            return address.ipAddress ?? "unknown"
        case .v6:
            // Read back from the text form with the C library's parser: NIO's socket address
            // keeps its bytes in a type of its own C module.
            guard let text = address.ipAddress else { return "unknown" }
            var bytes = [UInt8](repeating: 0, count: 16)
            guard inet_pton(AF_INET6, text, &bytes) == 1 else { return text }
            // An IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d.
            if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xff, bytes[11] == 0xff {
                return bytes[12..<16].map(String.init).joined(separator: ".")
            }
            return bytes.prefix(8).map { byte in
                let hex = String(byte, radix: 16)
                return hex.count == 1 ? "0" + hex : hex
            }.joined() + "/64"
        case .unixDomainSocket:
            return "local"
        }
    }
}
