public import Foundation
public import Localization
#if canImport(Glibc)
    import Glibc
#endif

/// Which hosts calls may go to when the server makes them for someone else (a visitor of a
/// multi-user server): the operator's list of cloud hosts, if any, and never an address on the
/// server's own networks (loopback, private, link-local, cloud metadata) unless the operator
/// allows them. It stops a visitor from pointing the server at its neighbours, whether by the
/// identity URL they type or by the endpoints their cloud's catalog names.
///
/// Each host's addresses are looked up before the call and checked; the HTTP client looks the
/// name up again to connect, so a name whose answer changes in between (DNS rebinding) is not
/// covered here: keep `allowedHosts` to names you control where that matters.
public struct DestinationPolicy: Sendable, Hashable {
    /// Host names calls may go to: exact (`keystone.example.org`) or a whole domain
    /// (`*.example.org`, which matches its subdomains); empty allows any host that passes the
    /// address check.
    public var allowedHosts: [String]
    /// Whether hosts on loopback, private, link-local and other non-public addresses may be called.
    public var allowsPrivateAddresses: Bool

    /// Creates a policy; the default allows any public host.
    public init(allowedHosts: [String] = [], allowsPrivateAddresses: Bool = false) {
        self.allowedHosts = allowedHosts.map { $0.lowercased() }
        self.allowsPrivateAddresses = allowsPrivateAddresses
    }

    /// Whether `host` is on the list (always, when the list is empty).
    public func isListed(_ host: String) -> Bool {
        let host = host.lowercased()
        guard !allowedHosts.isEmpty else { return true }
        return allowedHosts.contains { allowed in
            if allowed.hasPrefix("*.") { return host.hasSuffix(String(allowed.dropFirst(1))) }
            return host == allowed
        }
    }

    /// Refuses `host` unless it is listed and, when private addresses are not allowed, every
    /// address it has is public.
    ///
    /// - Parameter addresses: The host's addresses, as looked up (``lookUp(_:)`` by default).
    /// - Throws: ``DestinationRefusal``.
    public func check(host: String, addresses: [String]) throws(DestinationRefusal) {
        guard isListed(host) else { throw DestinationRefusal(host: host, reason: .notListed) }
        guard !allowsPrivateAddresses else { return }
        guard !addresses.isEmpty else { throw DestinationRefusal(host: host, reason: .unresolved) }
        if let address = addresses.first(where: { !Self.isPublic($0) }) {
            throw DestinationRefusal(host: host, reason: .privateAddress(address))
        }
    }

    /// Whether `address` (IPv4 or IPv6 text) is a public unicast address: not loopback, private
    /// (RFC 1918, RFC 4193), shared (RFC 6598), link-local (cloud metadata services live there),
    /// unspecified, multicast, reserved or documentation.
    public static func isPublic(_ address: String) -> Bool {
        if let v4 = IPv4(address) { return v4.isPublic }
        guard let bytes = ipv6Bytes(address) else { return false }
        // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address.
        let mapped = bytes[0..<10].allSatisfy { $0 == 0 } && bytes[10] == 0xff && bytes[11] == 0xff
        let nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == 0xff && bytes[3] == 0x9b && bytes[4..<12].allSatisfy { $0 == 0 }
        if mapped || nat64 { return IPv4(bytes: Array(bytes[12..<16])).isPublic }
        if bytes.allSatisfy({ $0 == 0 }) { return false }  // ::
        if bytes[0..<15].allSatisfy({ $0 == 0 }) && bytes[15] == 1 { return false }  // ::1
        if bytes[0] & 0xfe == 0xfc { return false }  // fc00::/7 unique local
        if bytes[0] == 0xfe && bytes[1] & 0xc0 == 0x80 { return false }  // fe80::/10 link-local
        if bytes[0] == 0xff { return false }  // multicast
        if bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && bytes[3] == 0xb8 { return false }  // 2001:db8::/32
        return true
    }

    /// The addresses `host` resolves to now (an address literal is its own), or none.
    public static func lookUp(_ host: String) async -> [String] {
        if let literal = addressLiteral(host) { return [literal] }
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        // getaddrinfo blocks: keep it off the cooperative threads.
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: resolve(bare)) }
        }
    }

    /// The address `host` names when it is an IPv4 or IPv6 literal (`[::1]` without its brackets),
    /// else `nil`.
    public static func addressLiteral(_ host: String) -> String? {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        return IPv4(bare) != nil || ipv6Bytes(bare) != nil ? bare : nil
    }

    private static func resolve(_ host: String) -> [String] {
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(list) }
        var addresses: [String] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            var text = [CChar](repeating: 0, count: Int(NI_MAXHOST))
            if let address = entry.pointee.ai_addr,
                getnameinfo(address, entry.pointee.ai_addrlen, &text, socklen_t(text.count), nil, 0, NI_NUMERICHOST) == 0
            {
                addresses.append(String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
            }
            cursor = entry.pointee.ai_next
        }
        return addresses
    }
}

/// A call the ``DestinationPolicy`` did not allow.
public struct DestinationRefusal: Error, Sendable, Hashable, UserFacingError {
    /// Why a host was refused.
    public enum Reason: Sendable, Hashable {
        /// It is not on the operator's list of cloud hosts.
        case notListed
        /// It has a non-public address (loopback, private, link-local…).
        case privateAddress(String)
        /// Its name did not resolve.
        case unresolved
    }

    /// The host refused.
    public var host: String
    /// Why.
    public var reason: Reason

    /// Creates a refusal.
    public init(host: String, reason: Reason) {
        self.host = host
        self.reason = reason
    }

    /// What happened.
    public var message: LocalizableMessage {
        switch reason {
        case .notListed:
            LocalizableMessage("This server does not connect to {host}: it is not one of the clouds it serves.", ["host": host])
        case .privateAddress(let address):
            LocalizableMessage(
                "This server does not connect to {host}: its address {address} is on a private network.", ["host": host, "address": address])
        case .unresolved:
            LocalizableMessage("The host name {host} could not be found.", ["host": host])
        }
    }

    /// What to do about it.
    public var recovery: LocalizableMessage? {
        switch reason {
        case .notListed, .privateAddress:
            LocalizableMessage("Use your cloud's public identity URL, or ask the operator which clouds this server serves.")
        case .unresolved:
            LocalizableMessage("Check the address for typing mistakes.")
        }
    }
}
