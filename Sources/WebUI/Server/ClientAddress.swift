import CloudConfig
import NIOCore

/// The key one client's limits are counted under: its IPv4 address, or the /64 network of its
/// IPv6 address (one host gets a whole /64, so counting single IPv6 addresses limits nobody).
enum ClientAddress {
    /// The key for `address`; every client whose address is unknown shares one.
    static func key(for address: SocketAddress?) -> String {
        guard let address else { return "unknown" }
        if case .unixDomainSocket = address { return "local" }
        // Read back from the text form: NIO's socket address keeps its bytes in a type of its own
        // C module. An IPv4 client on a dual-stack socket (::ffff:a.b.c.d) comes back as IPv4.
        guard let text = address.ipAddress else { return "unknown" }
        guard let bytes = IPNetwork.bytes(of: text) else { return text }
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        return bytes.prefix(8).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined() + "/64"
    }
}
