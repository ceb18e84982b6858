import CloudConfig
import Foundation
import NIOCore

/// The load balancers in front of this server (`hosting.trusted_proxies`). A connection from one
/// of them counts toward no client's connection limit, and its request's client is the last
/// address of `X-Forwarded-For` that is not itself a trusted proxy; from anyone else the header
/// is ignored, since a client may write in it what it likes.
struct TrustedProxies: Sendable {
    /// The most `X-Forwarded-For` entries looked at, from the right.
    static let maximumHops = 16

    let networks: [IPNetwork]

    /// Whether `address` (a connection's peer) is one of the proxies.
    func contains(_ address: SocketAddress?) -> Bool {
        guard !networks.isEmpty, let text = address?.ipAddress, let bytes = IPNetwork.bytes(of: text) else { return false }
        return covers(bytes)
    }

    private func covers(_ bytes: [UInt8]) -> Bool {
        networks.contains { $0.contains(bytes) }
    }

    /// The client a request from `peer` speaks for: behind a trusted proxy, the last address of
    /// `forwardedFor` that is not a proxy itself; otherwise (or when the header holds no usable
    /// address there) `nil`, and the peer is the client.
    func client(peer: SocketAddress?, forwardedFor: String?) -> SocketAddress? {
        guard contains(peer), let forwardedFor, forwardedFor.utf8.count <= 4_096 else { return nil }
        for entry in forwardedFor.split(separator: ",").suffix(Self.maximumHops).reversed() {
            let text = entry.trimmingCharacters(in: .whitespaces)
            guard let bytes = IPNetwork.bytes(of: text) else { return nil }
            if covers(bytes) { continue }
            return try? SocketAddress(ipAddress: text, port: 0)
        }
        return nil
    }
}
