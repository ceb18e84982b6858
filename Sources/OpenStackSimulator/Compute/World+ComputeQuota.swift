/// Nova quota accounting (Compute API ref, "Show Rate And Absolute Limits").
extension World {
    /// What a project's live servers use: instances, vCPUs and RAM in MiB.
    func computeUsage(project projectID: String, now: Timestamp) -> (instances: Int, cores: Int, ram: Int) {
        var usage = (instances: 0, cores: 0, ram: 0)
        for server in compute.servers.byID.values where server.projectID == projectID && !server.isGone(at: now) {
            let flavor = compute.flavor(id: server.phase(at: now).flavorID)
            usage.instances += 1
            usage.cores += flavor?.vcpus ?? 0
            usage.ram += flavor?.ram ?? 0
        }
        return usage
    }

    func computeQuota(project projectID: String) -> ComputeQuota {
        compute.quotas[projectID] ?? ComputeQuota(instances: 10, cores: 20, ram: 51200)
    }

    /// Nova refuses a create over quota with 403 "Quota exceeded for <resource>: Requested N, but
    /// already used U of L <resource>".
    func checkQuota(project projectID: String, flavor: FlavorRecord, count: Int) throws(APIError) {
        let usage = computeUsage(project: projectID, now: Timestamp(.infinity))
        let quota = computeQuota(project: projectID)
        guard count <= quota.instances - usage.instances else {
            throw APIError.forbidden(
                "Quota exceeded for instances: Requested \(count), but already used \(usage.instances) of \(quota.instances) instances")
        }
        let checks = [
            ("cores", flavor.vcpus * count, usage.cores, quota.cores),
            ("ram", flavor.ram * count, usage.ram, quota.ram),
        ]
        for (resource, requested, used, limit) in checks where used + requested > limit {
            throw APIError.forbidden(
                "Quota exceeded for \(resource): Requested \(requested), but already used \(used) of \(limit) \(resource)")
        }
    }
}
