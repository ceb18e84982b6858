import OpenStackAPI

/// A security group and its rules.
public struct SecurityGroupSummary: Sendable, Hashable, Codable {
    /// Neutron's id.
    public var id: String
    /// The name, such as `default`.
    public var name: String
    /// The description.
    public var description: String?
    /// Its rules.
    public var rules: [SecurityRule]

    init(group: SecurityGroup) {
        self.init(id: group.id, name: group.name, description: group.description, rules: (group.rules ?? []).map(SecurityRule.init(rule:)))
    }

    init(id: String, name: String, description: String?, rules: [SecurityRule]) {
        self.id = id
        self.name = name
        self.description = description
        self.rules = rules
    }

    /// Whether it has Exosphere's SSH and ICMP rules (or wider ones).
    public var hasExosphereRules: Bool {
        SecurityRule.exosphereDefaults.allSatisfy { needed in rules.contains { needed.isCovered(by: $0) } }
    }
}
