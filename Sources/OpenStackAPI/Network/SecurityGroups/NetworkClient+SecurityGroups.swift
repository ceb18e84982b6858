import OutboundHTTP
extension NetworkClient {
    private enum SecurityGroupPaths {
        static let groups = ["security-groups"]
        static func group(_ id: String) -> [String] { ["security-groups", id] }
        static let rules = ["security-group-rules"]
        static func rule(_ id: String) -> [String] { ["security-group-rules", id] }
    }

    /// Security groups with their rules (`GET /v2.0/security-groups`).
    public func listSecurityGroups(_ query: NetworkListQuery = NetworkListQuery()) async throws -> [SecurityGroup] {
        try await list(SecurityGroup.self, key: "security_groups", path: "security-groups", query: query).all()
    }

    /// Creates a security group (`POST /v2.0/security-groups`, 201); Neutron adds egress rules.
    public func createSecurityGroup(_ request: SecurityGroupCreateRequest) async throws -> SecurityGroup {
        try await caller.unwrapped(
            SecurityGroup.self, key: "security_group", .post, SecurityGroupPaths.groups,
            body: RequestEnvelope("security_group", request))
    }

    /// Deletes a security group (`DELETE /v2.0/security-groups/{id}`, 204).
    public func deleteSecurityGroup(id: String) async throws {
        _ = try await caller.send(.delete, SecurityGroupPaths.group(id))
    }

    /// Security group rules (`GET /v2.0/security-group-rules`).
    public func listSecurityGroupRules(_ query: NetworkListQuery = NetworkListQuery()) async throws
        -> [SecurityGroupRule]
    {
        try await list(SecurityGroupRule.self, key: "security_group_rules", path: "security-group-rules", query: query)
            .all()
    }

    /// Adds a rule (`POST /v2.0/security-group-rules`, 201).
    public func createSecurityGroupRule(_ request: SecurityGroupRuleCreateRequest) async throws -> SecurityGroupRule {
        try await caller.unwrapped(
            SecurityGroupRule.self, key: "security_group_rule", .post, SecurityGroupPaths.rules,
            body: RequestEnvelope("security_group_rule", request))
    }

    /// Removes a rule (`DELETE /v2.0/security-group-rules/{id}`, 204).
    public func deleteSecurityGroupRule(id: String) async throws {
        _ = try await caller.send(.delete, SecurityGroupPaths.rule(id))
    }
}
