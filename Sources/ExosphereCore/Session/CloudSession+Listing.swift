import CloudConfig
import OpenStackAPI

extension CloudSession {
    /// Every instance in every project the login reaches (or in the projects `projectFilter` names),
    /// fetched concurrently. Each project's instances are in listing order (by name, then id), sorted
    /// in the task that fetched them, so sorting the whole listing only merges ordered runs.
    public func listInstances(projectFilter: String? = nil) async -> Listing<Instance> {
        await gather(projectFilter: projectFilter, everyProject: true) { session, project in
            let compute = try await session.computeClient(for: project)
            return Instance.inListingOrder(try await compute.serverSummaries().all().map { Instance(summary: $0, project: project) })
        }
    }

    /// The flavors a project can use: the one `projectFilter` names, else the login's home project.
    public func listFlavors(projectFilter: String? = nil) async -> Listing<FlavorSummary> {
        await gather(projectFilter: projectFilter, everyProject: false) { session, project in
            let compute = try await session.computeClient(for: project)
            return try await compute.listFlavors().map { FlavorSummary(flavor: $0, project: project) }
        }
    }

    /// The images a project can see: the one `projectFilter` names, else the login's home project.
    public func listImages(projectFilter: String? = nil) async -> Listing<ImageSummary> {
        await gather(projectFilter: projectFilter, everyProject: false) { session, project in
            let images = try await session.imageClient(for: project)
            return try await images.listImages().map { ImageSummary(image: $0, project: project) }
        }
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
