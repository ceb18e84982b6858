import Hummingbird

/// Neutron's default per-project quotas.
enum NetworkQuota {
    static let floatingIPs = 50
    static let limits: [(String, Int)] = [
        ("network", 100), ("subnet", 100), ("port", 500), ("router", 10), ("floatingip", floatingIPs),
        ("security_group", 10), ("security_group_rule", 100), ("rbac_policy", 10), ("subnetpool", -1),
    ]
}

/// `GET /network/v2.0/quotas/{project_id}` and `.../details` (Networking API ref, "Quotas extension").
struct NetworkQuotaRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        mount.route(router, .get, "/network/v2.0/quotas/:project_id") { request, _ throws(APIError) in
            try Self.requireOwn(request)
            return .json(["quota": .object(NetworkQuota.limits.map { ($0.0, .int($0.1)) })])
        }
        // Neutron's routes accept a `.json` format suffix; openstacksdk asks for `details.json`.
        for suffix in ["details", "details.json"] {
            mount.route(router, .get, "/network/v2.0/quotas/:project_id/" + suffix) { request, world throws(APIError) in
                try Self.requireOwn(request)
                return .json(Self.details(used: world.networkUsage(project: request.projectID)))
            }
        }
    }

    private static func details(used: [String: Int]) -> JSON {
        [
            "quota": .object(
                NetworkQuota.limits.map { name, limit in
                    (name, ["used": .int(used[name] ?? 0), "limit": .int(limit), "reserved": 0])
                })
        ]
    }

    private static func requireOwn(_ request: APIRequest) throws(APIError) {
        guard request.parameter("project_id") == request.projectID else {
            throw APIError.forbidden("(rule:get_quota) is disallowed by policy", neutronType: "PolicyNotAuthorized")
        }
    }
}

extension World {
    func networkUsage(project projectID: String) -> [String: Int] {
        [
            "network": network.networks.all.filter { $0.projectID == projectID }.count,
            "subnet": network.subnets.all.filter { $0.projectID == projectID }.count,
            "port": network.ports.all.filter { $0.projectID == projectID }.count,
            "router": network.routers.all.filter { $0.projectID == projectID }.count,
            "floatingip": network.floatingIPs.all.filter { $0.projectID == projectID }.count,
            "security_group": network.securityGroups.all.filter { $0.projectID == projectID }.count,
            "security_group_rule": network.rules.all.filter { $0.projectID == projectID }.count,
        ]
    }
}
