import OpenStackAPI

extension CloudSession {
    /// The project's quotas and use: Nova `GET /limits`, Cinder `GET /limits` and Neutron's
    /// quota details, fetched at once. A service the cloud does not offer is left out.
    public func quotaUsage(project: ProjectSummary) async throws -> QuotaUsage {
        async let compute = computeQuota(project)
        async let volume = volumeQuota(project)
        async let network = networkQuota(project)
        return QuotaUsage(project: project, entries: try await compute + volume + network)
    }

    private func computeQuota(_ project: ProjectSummary) async throws -> [QuotaEntry] {
        let limits = try await computeClient(for: project).showLimits()
        return [
            entry(.instances, limits.totalInstancesUsed, limits.maxTotalInstances),
            entry(.cores, limits.totalCoresUsed, limits.maxTotalCores),
            entry(.ram, limits.totalRAMUsed, limits.maxTotalRAMSize),
        ].compactMap { $0 }
    }

    private func volumeQuota(_ project: ProjectSummary) async throws -> [QuotaEntry] {
        let client: BlockStorageClient
        do {
            client = try await blockStorageClient(for: project)
        } catch OpenStackError.endpointNotFound {
            return []
        }
        let limits = try await client.showLimits()
        return [
            entry(.volumes, limits.totalVolumesUsed, limits.maxTotalVolumes),
            entry(.volumeGigabytes, limits.totalGigabytesUsed, limits.maxTotalVolumeGigabytes),
        ].compactMap { $0 }
    }

    private func networkQuota(_ project: ProjectSummary) async throws -> [QuotaEntry] {
        let details = try await networkClient(for: project).showQuotaDetails(projectID: project.id)
        let names: [(QuotaResource, String)] = [
            (.floatingIPs, "floatingip"), (.networks, "network"), (.subnets, "subnet"), (.routers, "router"),
            (.ports, "port"), (.securityGroups, "security_group"),
        ]
        return names.compactMap { resource, key in
            details[key].map { QuotaEntry(resource: resource, used: $0.used, limit: $0.limit) }
        }
    }

    private nonisolated func entry(_ resource: QuotaResource, _ used: Int?, _ limit: Int?) -> QuotaEntry? {
        guard let limit else { return nil }
        return QuotaEntry(resource: resource, used: used ?? 0, limit: limit)
    }
}
