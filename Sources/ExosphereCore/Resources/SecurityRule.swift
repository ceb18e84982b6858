import OpenStackAPI

/// A security group rule in plain terms: direction, protocol, ports and who may connect.
public struct SecurityRule: Sendable, Hashable, Codable {
    /// `ingress` (into the instance) or `egress`.
    public var direction: String
    /// `IPv4` or `IPv6`.
    public var ethertype: String
    /// `tcp`, `udp`, `icmp`…; `nil` for any protocol.
    public var `protocol`: String?
    /// The lowest port (for ICMP, the type); `nil` for all.
    public var portMin: Int?
    /// The highest port (for ICMP, the code); `nil` for all.
    public var portMax: Int?
    /// The addresses allowed, such as `0.0.0.0/0`; `nil` for any.
    public var remoteCIDR: String?
    /// Only from instances in this security group (Neutron's `remote_group_id`), if set.
    public var remoteGroupID: String?

    /// Creates a rule.
    public init(
        direction: String = "ingress", ethertype: String = "IPv4", protocol: String?, portMin: Int? = nil,
        portMax: Int? = nil, remoteCIDR: String? = nil, remoteGroupID: String? = nil
    ) {
        self.direction = direction
        self.ethertype = ethertype
        self.protocol = `protocol`
        self.portMin = portMin
        self.portMax = portMax ?? portMin
        self.remoteCIDR = remoteCIDR
        self.remoteGroupID = remoteGroupID
    }

    /// The rules Exosphere needs on an instance: SSH (TCP 22) and ping (ICMP), from anywhere over IPv4.
    public static let exosphereDefaults: [SecurityRule] = [
        SecurityRule(protocol: "tcp", portMin: 22, remoteCIDR: "0.0.0.0/0"),
        SecurityRule(protocol: "icmp", remoteCIDR: "0.0.0.0/0"),
    ]

    init(rule: SecurityGroupRule) {
        self.init(
            direction: rule.direction, ethertype: rule.ethertype ?? "IPv4", protocol: rule.protocol,
            portMin: rule.portRangeMin, portMax: rule.portRangeMax, remoteCIDR: rule.remoteIPPrefix,
            remoteGroupID: rule.remoteGroupID)
    }

    /// Whether an existing rule already lets through at least what this one does (Neutron
    /// answers 409 to an exact duplicate; a wider rule makes this one unnecessary).
    func isCovered(by other: SecurityRule) -> Bool {
        guard other.direction == direction, other.ethertype == ethertype else { return false }
        // A rule for a remote group only lets in that group's instances (Networking API
        // reference, "Security group rules": `remote_group_id`).
        if let group = other.remoteGroupID, group != remoteGroupID { return false }
        if let otherProtocol = other.protocol, otherProtocol != self.protocol { return false }
        if let otherMin = other.portMin, otherMin > (portMin ?? Int.min) { return false }
        if let otherMax = other.portMax, otherMax < (portMax ?? Int.max) { return false }
        let anywhere: Set<String?> = [nil, "0.0.0.0/0", "::/0"]
        return anywhere.contains(other.remoteCIDR) || other.remoteCIDR == remoteCIDR
    }

    /// A readable summary, such as `ingress tcp 22 from 0.0.0.0/0`.
    public var summary: String {
        let ports: String
        switch (portMin, portMax) {
        case (nil, _): ports = ""
        case (let low?, let high?) where low != high: ports = " \(low)-\(high)"
        case (let low?, _): ports = " \(low)"
        }
        let source = remoteGroupID.map { "group \($0)" } ?? remoteCIDR ?? "anywhere"
        return "\(direction) \(`protocol` ?? "any")\(ports) from \(source) (\(ethertype))"
    }
}
