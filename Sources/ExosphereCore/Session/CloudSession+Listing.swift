import CloudConfig
import OpenStackAPI

extension CloudSession {
    /// Every instance in every project the login reaches (or in the projects `projectFilter` names),
    /// fetched concurrently, in listing order.
    public func listInstances(projectFilter: String? = nil) async -> Listing<Instance> {
        let listing = await gather(projectFilter: projectFilter, everyProject: true) { session, project in
            [ProjectInstances(project: project, instances: try await session.instances(in: project))]
        }
        let projects = listing.items.sorted { ProjectSummary.listingOrder($0.project, $1.project) }
        return Listing(items: projects.flatMap(\.instances), failures: listing.failures)
    }

    /// One project's instances, in listing order (by name, then id).
    public func instances(in project: ProjectSummary) async throws -> [Instance] {
        let compute = try await computeClient(for: project)
        return Instance.inListingOrder(try await compute.serverSummaries().all().map { Instance(summary: $0, project: project) })
    }

    /// The flavors a project can use: the one `projectFilter` names, else the login's home project.
    public func listFlavors(projectFilter: String? = nil) async -> Listing<FlavorSummary> {
        await gather(projectFilter: projectFilter, everyProject: false) { session, project in
            try await session.flavors(in: project)
        }
    }

    /// The images a project can see: the one `projectFilter` names, else the login's home project.
    public func listImages(projectFilter: String? = nil) async -> Listing<ImageSummary> {
        await gather(projectFilter: projectFilter, everyProject: false) { session, project in
            try await session.images.list(in: project)
        }
    }

    /// The flavors `project` can use, disabled ones included (``FlavorCatalog`` leaves them out).
    public func flavors(in project: ProjectSummary) async throws -> [FlavorSummary] {
        try await computeClient(for: project).listFlavors().map { FlavorSummary(flavor: $0, project: project) }
    }


    /// Runs `fetch` for each chosen project at once and collects items and failures. Without a
    /// filter the projects are all of them (`everyProject`) or just the home project.
    func gather<Item: Sendable>(
        projectFilter: String?,
        everyProject: Bool,
        _ fetch: @escaping @Sendable (CloudSession, ProjectSummary) async throws -> [Item]
    ) async -> Listing<Item> {
        let projects: [ProjectSummary]
        do {
            projects =
                projectFilter == nil && !everyProject
                ? [try await homeProject()] : try await self.projects(matching: projectFilter)
        } catch {
            return Listing(failures: [ListingFailure(cloud: profile.name, error: error)])
        }
        var listing = Listing<Item>()
        await withTaskGroup(of: Listing<Item>.self) { group in
            for project in projects {
                group.addTask {
                    do {
                        return Listing(items: try await fetch(self, project))
                    } catch {
                        return Listing(failures: [ListingFailure(cloud: project.cloud, project: project, error: error)])
                    }
                }
            }
            for await part in group {
                listing.merge(part)
            }
        }
        await persist()
        return listing
    }
}
