import NIOCore
import OpenStackAPI
import OutboundHTTP

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
            // Read back from the text form: NIO's socket address keeps its bytes in a C type this
            // module cannot name.
            guard let text = address.ipAddress else { return "unknown" }
            guard let bytes = IPAddressText.ipv6(text) else { return text }
            // An IPv4 client on a dual-stack socket arrives as ::ffff:a.b.c.d.
            if bytes.count == 16, bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xff, bytes[11] == 0xff {
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
