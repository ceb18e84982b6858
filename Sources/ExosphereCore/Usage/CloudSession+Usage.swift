import OpenStackAPI

extension CloudSession {
    /// One ``ProjectUsage`` per project the login reaches (or that `projectFilter` names) and per
    /// period, from Nova's usage report (`GET /os-simple-tenant-usage/{project_id}`); projects at
    /// once, and within a project up to four periods at once. A project whose report cannot be read
    /// is a failure of the listing, without rows.
    public func listUsage(periods: [UsagePeriod], projectFilter: String? = nil) async -> Listing<ProjectUsage> {
        await gather(projectFilter: projectFilter, everyProject: true) { session, project in
            let compute = try await session.computeClient(for: project)
            let results = await Concurrently.collect(periods, maximumConcurrency: 4) { period in
                try await compute.showTenantUsage(
                    projectID: project.id, TenantUsageQuery(start: period.start, end: period.end))
            }
            return try periods.map { period in
                let usage = try results[period]?.get() ?? TenantUsage()
                return ProjectUsage(
                    project: project, period: period, vcpuHours: usage.totalVCPUsUsage,
                    ramMiBHours: usage.totalMemoryMBUsage, diskGiBHours: usage.totalLocalGBUsage,
                    instanceHours: usage.totalHours)
            }
        }
    }
}

extension CloudSessions {
    /// Usage rows of every project on every cloud for `periods`, sorted by cloud, project and
    /// period.
    public func listUsage(periods: [UsagePeriod], projectFilter: String? = nil) async -> Listing<ProjectUsage> {
        let listing = await gather { await $0.listUsage(periods: periods, projectFilter: projectFilter) }
        let sorted = listing.items.sorted {
            ($0.project.cloud, $0.project.name, $0.period.start) < ($1.project.cloud, $1.project.name, $1.period.start)
        }
        return Listing(items: sorted, failures: listing.failures)
    }
}
