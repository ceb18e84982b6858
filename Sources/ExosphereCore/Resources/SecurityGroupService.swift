import OpenStackAPI

/// A project's security groups: list, find, add rules, make sure Exosphere's SSH and ping rules are
/// there (Neutron).
///
/// Reach it as `session.securityGroups` (``CloudSession/securityGroups``).
public struct SecurityGroupService: Sendable {
    /// The cloud the calls go to.
    let session: CloudSession

    /// The project's security groups with their rules.
    public func list(in project: ProjectSummary) async throws -> [SecurityGroupSummary] {
        let network = try await session.services(for: project).network
        return try await network.listSecurityGroups(NetworkListQuery(projectID: project.id)).map(SecurityGroupSummary.init(group:))
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// The security group named or identified by `nameOrID`.
    public func find(_ nameOrID: String, in project: ProjectSummary) async throws -> SecurityGroupSummary {
        try CloudSession.pick(nameOrID, kind: "security group", from: try await list(in: project), id: \.id, name: \.name)
    }

    /// Adds `rule` to `group` unless an existing rule already covers it; returns whether it added.
    @discardableResult
    public func addRule(_ rule: SecurityRule, to group: SecurityGroupSummary, in project: ProjectSummary) async throws -> Bool {
        guard !group.rules.contains(where: { rule.isCovered(by: $0) }) else { return false }
        let network = try await session.services(for: project).network
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

extension CloudSession {
    /// The security groups of this cloud's projects.
    public nonisolated var securityGroups: SecurityGroupService { SecurityGroupService(session: self) }
}
