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

extension CloudSession {
    /// The project's security groups with their rules.
    public func listSecurityGroups(in project: ProjectSummary) async throws -> [SecurityGroupSummary] {
        let network = try await services(for: project).network
        return try await network.listSecurityGroups(NetworkListQuery(projectID: project.id)).map(SecurityGroupSummary.init(group:))
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// The security group named or identified by `nameOrID`.
    public func findSecurityGroup(_ nameOrID: String, in project: ProjectSummary) async throws -> SecurityGroupSummary {
        try Self.pick(nameOrID, kind: "security group", from: try await listSecurityGroups(in: project), id: \.id, name: \.name)
    }

    /// Adds `rule` to `group` unless an existing rule already covers it; returns whether it added.
    @discardableResult
    public func addRule(_ rule: SecurityRule, to group: SecurityGroupSummary, in project: ProjectSummary) async throws -> Bool {
        guard !group.rules.contains(where: { rule.isCovered(by: $0) }) else { return false }
        let network = try await services(for: project).network
        _ = try await network.createSecurityGroupRule(
            SecurityGroupRuleCreateRequest(
                securityGroupID: group.id, direction: rule.direction, ethertype: rule.ethertype, protocol: rule.protocol,
                portRangeMin: rule.portMin, portRangeMax: rule.portMax, remoteIPPrefix: rule.remoteCIDR,
                remoteGroupID: rule.remoteGroupID))
        return true
    }

    /// Makes sure `group` has Exosphere's SSH and ICMP rules; returns the rules it added.
    public func ensureExosphereRules(on group: SecurityGroupSummary, in project: ProjectSummary) async throws -> [SecurityRule] {
        var added: [SecurityRule] = []
        for rule in SecurityRule.exosphereDefaults where try await addRule(rule, to: group, in: project) {
            added.append(rule)
        }
        return added
    }
}
