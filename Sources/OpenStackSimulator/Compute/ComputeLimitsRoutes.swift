import Hummingbird

/// `GET /compute/v2.1/limits` (Compute API ref, "Show Rate And Absolute Limits").
struct ComputeLimitsRoutes {
    let mount: ServiceMount

    func register(on router: Router<BasicRequestContext>) {
        mount.route(router, .get, "/compute/v2.1/limits") { request, world throws(APIError) in
            let version = request.microversion
            let quota = world.computeQuota(project: request.projectID)
            let usage = world.computeUsage(project: request.projectID, now: request.now)
            var absolute: [(String, JSON)] = [
                ("maxImageMeta", .int(quota.metadataItems)),
                ("maxServerMeta", .int(quota.metadataItems)),
                ("maxTotalCores", .int(quota.cores)),
                ("maxTotalInstances", .int(quota.instances)),
                ("maxTotalKeypairs", .int(quota.keypairs)),
                ("maxTotalRAMSize", .int(quota.ram)),
                ("maxServerGroups", .int(quota.serverGroups)),
                ("maxServerGroupMembers", .int(quota.serverGroupMembers)),
                ("totalCoresUsed", .int(usage.cores)),
                ("totalInstancesUsed", .int(usage.instances)),
                ("totalRAMUsed", .int(usage.ram)),
                ("totalServerGroupsUsed", 0),
            ]
            // 2.36 drops the network-proxy limits; 2.57 drops the personality limits.
            if !version.atLeast(2, 36) {
                let floating = world.network.floatingIPs.all.filter { $0.projectID == request.projectID }.count
                let groups = world.network.securityGroups.all.filter { $0.projectID == request.projectID }.count
                absolute += [
                    ("maxSecurityGroupRules", 20), ("maxSecurityGroups", 10), ("maxTotalFloatingIps", 10),
                    ("totalFloatingIpsUsed", .int(floating)), ("totalSecurityGroupsUsed", .int(groups)),
                ]
            }
            if !version.atLeast(2, 57) { absolute += [("maxPersonality", 5), ("maxPersonalitySize", 10240)] }
            return .json(["limits": ["absolute": .object(absolute), "rate": []]])
        }
    }
}
