/// Security group JSON (Networking API ref, "Security groups (security-groups)" and "Security group
/// rules (security-group-rules)").
extension World {
    func securityGroupJSON(_ group: SecurityGroupRecord) -> JSON {
        let rules = network.rules.all.filter { $0.groupID == group.id }.map(securityGroupRuleJSON)
        return [
            "id": .string(group.id), "name": .string(group.name), "stateful": true,
            "tenant_id": .string(group.projectID), "project_id": .string(group.projectID),
            "description": .string(group.description), "security_group_rules": .array(rules), "tags": [],
            "created_at": .string(group.createdAt.iso), "updated_at": .string(group.createdAt.iso),
            "revision_number": .int(1 + rules.count), "shared": false,
        ]
    }

    func securityGroupRuleJSON(_ rule: SecurityGroupRuleRecord) -> JSON {
        let normalized = rule.remoteIPPrefix ?? (rule.remoteGroupID == nil ? (rule.ethertype == "IPv4" ? "0.0.0.0/0" : "::/0") : nil)
        return [
            "id": .string(rule.id), "tenant_id": .string(rule.projectID), "project_id": .string(rule.projectID),
            "security_group_id": .string(rule.groupID), "ethertype": .string(rule.ethertype),
            "direction": .string(rule.direction), "protocol": .optional(rule.ipProtocol),
            "port_range_min": .optional(rule.portMin), "port_range_max": .optional(rule.portMax),
            "remote_ip_prefix": .optional(rule.remoteIPPrefix), "remote_address_group_id": nil,
            "normalized_cidr": .optional(normalized), "remote_group_id": .optional(rule.remoteGroupID),
            "description": .string(rule.description), "tags": [], "created_at": .string(rule.createdAt.iso),
            "updated_at": .string(rule.createdAt.iso), "revision_number": 0,
        ]
    }
}
