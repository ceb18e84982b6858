/// Neutron resource JSON (Networking API ref: "Networks", "Subnets", "Routers", "Ports").
extension World {
    /// `project_id` and its legacy twin `tenant_id`, which Neutron still sends.
    private static func ownership(_ projectID: String) -> [(String, JSON)] {
        [("project_id", .string(projectID)), ("tenant_id", .string(projectID))]
    }

    func networkJSON(_ network: NetworkRecord) -> JSON {
        var members: [(String, JSON)] = [
            ("admin_state_up", true), ("availability_zone_hints", []), ("availability_zones", ["nova"]),
            ("created_at", .string(network.createdAt.iso)), ("description", .string(network.description)),
            ("dns_domain", ""), ("id", .string(network.id)), ("ipv4_address_scope", nil), ("ipv6_address_scope", nil),
            ("l2_adjacency", true), ("mtu", .int(network.mtu)), ("name", .string(network.name)),
            ("port_security_enabled", true),
        ]
        members += Self.ownership(network.projectID)
        members += [
            ("qos_policy_id", nil), ("revision_number", .int(network.revision)),
            ("router:external", .bool(network.isExternal)), ("shared", .bool(network.isShared)), ("status", "ACTIVE"),
            ("subnets", .strings(network.subnetIDs)), ("tags", []), ("updated_at", .string(network.createdAt.iso)),
        ]
        if network.isExternal { members.append(("is_default", true)) }
        return .object(members)
    }

    func subnetJSON(_ subnet: SubnetRecord) -> JSON {
        var members: [(String, JSON)] = [
            ("name", .string(subnet.name)), ("enable_dhcp", true), ("network_id", .string(subnet.networkID)),
            ("segment_id", nil),
        ]
        members += Self.ownership(subnet.projectID)
        members += [
            ("dns_nameservers", .strings(subnet.dnsNameservers)), ("dns_publish_fixed_ip", false),
            ("allocation_pools", [["start": .string(subnet.prefix + ".0.2"), "end": .string(subnet.prefix + ".255.254")]]),
            ("host_routes", []), ("ip_version", 4), ("gateway_ip", .string(subnet.gatewayIP)), ("cidr", .string(subnet.cidr)),
            ("id", .string(subnet.id)), ("created_at", .string(subnet.createdAt.iso)), ("description", ""),
            ("ipv6_address_mode", nil), ("ipv6_ra_mode", nil), ("revision_number", 0), ("service_types", []),
            ("subnetpool_id", nil), ("tags", []), ("updated_at", .string(subnet.createdAt.iso)),
        ]
        return .object(members)
    }

    func routerJSON(_ router: RouterRecord) -> JSON {
        var gateway: JSON = nil
        if let networkID = router.externalNetworkID {
            gateway = [
                "network_id": .string(networkID), "enable_snat": true,
                "external_fixed_ips": .array(
                    router.externalIP.map { [["subnet_id": .string(router.externalSubnetID ?? ""), "ip_address": .string($0)]] } ?? []),
            ]
        }
        var members: [(String, JSON)] = [
            ("admin_state_up", true), ("availability_zone_hints", []), ("availability_zones", ["nova"]),
            ("created_at", .string(router.createdAt.iso)), ("description", ""), ("external_gateway_info", gateway),
            ("flavor_id", nil), ("id", .string(router.id)), ("name", .string(router.name)),
        ]
        members += Self.ownership(router.projectID)
        members += [
            ("revision_number", 1), ("routes", []), ("status", "ACTIVE"), ("tags", []),
            ("updated_at", .string(router.createdAt.iso)),
        ]
        return .object(members)
    }

    func portJSON(_ port: PortRecord) -> JSON {
        var members: [(String, JSON)] = [
            ("admin_state_up", true), ("allowed_address_pairs", []), ("binding:vnic_type", "normal"),
            ("created_at", .string(port.createdAt.iso)), ("description", ""), ("device_id", .string(port.deviceID)),
            ("device_owner", .string(port.deviceOwner)), ("extra_dhcp_opts", []),
            ("fixed_ips", [["subnet_id": .string(port.subnetID), "ip_address": .string(port.ipAddress)]]),
            ("id", .string(port.id)), ("ip_allocation", "immediate"), ("mac_address", .string(port.macAddress)),
            ("name", .string(port.name)), ("network_id", .string(port.networkID)), ("port_security_enabled", true),
        ]
        members += Self.ownership(port.projectID)
        members += [
            ("qos_network_policy_id", nil), ("qos_policy_id", nil), ("revision_number", 2),
            ("security_groups", .strings(port.securityGroupIDs)), ("status", port.deviceOwner.isEmpty ? "DOWN" : "ACTIVE"),
            ("tags", []), ("updated_at", .string(port.createdAt.iso)),
        ]
        return .object(members)
    }

    /// Networking API ref, "Floating IPs": `port_details` describes the associated port (or null).
    func floatingIPJSON(_ floating: FloatingIPRecord) -> JSON {
        let port = floating.portID.flatMap { network.ports[$0] }
        let details: JSON =
            port.map {
                [
                    "name": .string($0.name), "network_id": .string($0.networkID), "mac_address": .string($0.macAddress),
                    "admin_state_up": true, "status": "ACTIVE", "device_id": .string($0.deviceID),
                    "device_owner": .string($0.deviceOwner),
                ]
            } ?? nil
        var members: [(String, JSON)] = [
            ("fixed_ip_address", .optional(floating.fixedIP)), ("floating_ip_address", .string(floating.address)),
            ("floating_network_id", .string(floating.networkID)), ("id", .string(floating.id)),
            ("port_id", .optional(floating.portID)), ("router_id", .optional(floating.routerID)),
            ("status", floating.portID == nil ? "DOWN" : "ACTIVE"),
        ]
        members += Self.ownership(floating.projectID)
        members += [
            ("description", .string(floating.description)), ("dns_domain", ""), ("dns_name", ""),
            ("port_details", details), ("port_forwardings", []), ("qos_policy_id", nil), ("tags", []),
            ("created_at", .string(floating.createdAt.iso)), ("updated_at", .string(floating.updatedAt.iso)),
            ("revision_number", 1),
        ]
        return .object(members)
    }
}
