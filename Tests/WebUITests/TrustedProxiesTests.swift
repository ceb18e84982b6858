import CloudConfig
import NIOCore
import Testing

@testable import WebUI

/// `hosting.trusted_proxies`: behind a load balancer, limits count the client it forwards for,
/// and a header from anyone else changes nothing.
struct TrustedProxiesTests {
    static let proxies = TrustedProxies(networks: ["10.0.0.0/8", "fd00::/8", "192.0.2.7"].compactMap(IPNetwork.init))

    static func peer(_ text: String) throws -> SocketAddress { try SocketAddress(ipAddress: text, port: 40_000) }

    @Test("behind a trusted proxy the client is the last forwarded address that is not a proxy")
    func forwardedClient() throws {
        let client = Self.proxies.client(peer: try Self.peer("10.1.2.3"), forwardedFor: "198.51.100.9, 203.0.113.5, 10.0.0.2")
        #expect(client?.ipAddress == "203.0.113.5")
        let mapped = Self.proxies.client(peer: try Self.peer("::ffff:10.1.2.3"), forwardedFor: "2001:db8::1")
        #expect(mapped?.ipAddress == "2001:db8::1")
        #expect(Self.proxies.client(peer: try Self.peer("192.0.2.7"), forwardedFor: " 203.0.113.5 ")?.ipAddress == "203.0.113.5")
    }

    @Test(
        "from anyone else, or with a header that names no usable address, the peer stays the client",
        arguments: [
            ("203.0.113.5", "198.51.100.9"), ("10.1.2.3", "not-an-address"), ("10.1.2.3", "198.51.100.9, <script>"),
            ("10.1.2.3", "10.0.0.1, 10.0.0.2"), ("10.1.2.3", ""), ("192.0.2.8", "198.51.100.9"),
        ] as [(String, String)])
    func peerStays(peer: String, header: String) throws {
        #expect(Self.proxies.client(peer: try Self.peer(peer), forwardedFor: header) == nil)
    }

    @Test("a header longer than 4 KiB is not read")
    func longHeader() throws {
        let header = String(repeating: "198.51.100.9, ", count: 400) + "203.0.113.5"
        #expect(Self.proxies.client(peer: try Self.peer("10.1.2.3"), forwardedFor: header) == nil)
    }

    @Test("a proxy's connections count toward no client's limit; anyone else's do")
    func connectionLimitExempt() throws {
        let limiter = ConnectionLimiter(maximumPerClient: 1, exempt: Self.proxies)
        #expect(limiter.exempt.contains(try Self.peer("10.200.0.1")))
        #expect(!limiter.exempt.contains(try Self.peer("11.0.0.1")))
        #expect(!TrustedProxies(networks: []).contains(try Self.peer("10.0.0.1")))
    }

    @Test(
        "networks match by prefix, IPv4 and IPv6 apart",
        arguments: [
            ("10.0.0.0/8", "10.255.1.1", true), ("10.0.0.0/8", "11.0.0.1", false), ("192.168.4.0/22", "192.168.7.255", true),
            ("192.168.4.0/22", "192.168.8.0", false), ("0.0.0.0/0", "8.8.8.8", true), ("fd00::/8", "fdab::1", true),
            ("fd00::/8", "fe80::1", false), ("10.0.0.0/8", "::ffff:10.0.0.1", true), ("::/0", "10.0.0.1", false),
            ("127.0.0.1", "127.0.0.2", false),
        ] as [(String, String, Bool)])
    func matching(network: String, address: String, inside: Bool) throws {
        let parsed = try #require(IPNetwork(network))
        #expect(parsed.contains(try #require(IPNetwork.bytes(of: address))) == inside)
    }

    @Test("what is not an address or network is refused", arguments: ["", "10.0.0.0/33", "::1/129", "10.0.0.0/-1", "10.0.0.0/8/8", "example.org", "10.0.0.0/ 8", "10.0.0.0/٣"])
    func refused(text: String) {
        #expect(IPNetwork(text) == nil)
    }
}
