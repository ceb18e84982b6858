import CloudConfig

extension CloudSessions {
    /// Every instance on every cloud (in the projects `projectFilter` names, or all), one project
    /// at a time in listing order (cloud, project, then name), each handed on as soon as it and
    /// every project before it have arrived while later ones are still being fetched. A cloud or
    /// project that cannot be listed comes as a failure in its place. Clouds and projects are all
    /// asked at once, as ``listInstances(projectFilter:)`` (which collects this sequence) does.
    ///
    /// The instances of `providers` come last, one part per provider in the order given (its
    /// ``Instance/provider`` set, its project empty), listed at the same time as the clouds, each
    /// within `providerBudget` (`nil`: as long as it takes); a project filter leaves them out, as
    /// providers have no projects. This is the one place provider instances join the clouds'.
    public func instanceStream(
        projectFilter: String? = nil, providers: [any InstanceProvider] = [], providerBudget: Duration? = nil
    ) -> AsyncStream<InstanceListingPart> {
        let clouds = sessions.sorted { $0.profile.name < $1.profile.name }
        let providers = projectFilter == nil ? providers : []
        return AsyncStream { continuation in
            let task = Task {
                async let providerListings = ProviderListing.load(providers, budget: providerBudget)
                let (arrivals, arriving) = AsyncStream<InstanceArrival>.makeStream()
                await withTaskGroup(of: Void.self) { group in
                    for (cloud, session) in clouds.enumerated() {
                        group.addTask { await Self.fetch(session, cloud: cloud, projectFilter: projectFilter, into: arriving) }
                    }
                    group.addTask {
                        var order = InstanceArrivalOrder(clouds: clouds.count)
                        for await arrival in arrivals {
                            for part in order.receive(arrival) { continuation.yield(part) }
                            if order.isComplete { break }
                        }
                    }
                    await group.waitForAll()
                }
                for listing in await providerListings {
                    continuation.yield(listing.part)
                }
                arriving.finish()
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// One cloud's share: its projects, then every project's instances at once, each reported
    /// as it arrives; the cloud's cache is written once all are in.
    private static func fetch(
        _ session: CloudSession, cloud: Int, projectFilter: String?, into arriving: AsyncStream<InstanceArrival>.Continuation
    ) async {
        let projects: [ProjectSummary]
        do {
            projects = try await session.projects(matching: projectFilter).sorted(by: ProjectSummary.listingOrder)
        } catch {
            arriving.yield(.cloudFailed(cloud: cloud, ListingFailure(cloud: session.profile.name, error: error)))
            return
        }
        arriving.yield(.projects(cloud: cloud, count: projects.count))
        await withTaskGroup(of: Void.self) { group in
            for (index, project) in projects.enumerated() {
                group.addTask {
                    do {
                        let instances = try await session.instances(in: project)
                        arriving.yield(.project(cloud: cloud, index: index, .project(ProjectInstances(project: project, instances: instances))))
                    } catch {
                        arriving.yield(
                            .project(cloud: cloud, index: index, .failure(ListingFailure(cloud: project.cloud, project: project, error: error))))
                    }
                }
            }
        }
        await session.persist()
    }
}

/// What one cloud's fetch reports, in whatever order the network answers.
enum InstanceArrival: Sendable {
    /// The cloud's project list could not be read.
    case cloudFailed(cloud: Int, ListingFailure)
    /// The cloud has `count` projects to list.
    case projects(cloud: Int, count: Int)
    /// The project at `index` in the cloud's listing order has been listed (or has failed).
    case project(cloud: Int, index: Int, InstanceListingPart)
}

/// Puts arrivals back in listing order: a part is released once every part before it (earlier
/// clouds, earlier projects of its cloud) has been released.
struct InstanceArrivalOrder {
    private var projectCounts: [Int?]
    private var cloudFailures: [Int: ListingFailure] = [:]
    private var waiting: [Int: [Int: InstanceListingPart]] = [:]
    private var cloud = 0
    private var index = 0

    init(clouds: Int) {
        projectCounts = Array(repeating: nil, count: clouds)
    }

    /// Whether every cloud's parts have been released.
    var isComplete: Bool { cloud >= projectCounts.count }

    /// Records `arrival` and returns the parts it lets through, in order.
    mutating func receive(_ arrival: InstanceArrival) -> [InstanceListingPart] {
        switch arrival {
        case .cloudFailed(let cloud, let failure):
            cloudFailures[cloud] = failure
            projectCounts[cloud] = 0
        case .projects(let cloud, let count):
            projectCounts[cloud] = count
        case .project(let cloud, let index, let part):
            waiting[cloud, default: [:]][index] = part
        }
        var released: [InstanceListingPart] = []
        while cloud < projectCounts.count, let count = projectCounts[cloud] {
            if let failure = cloudFailures.removeValue(forKey: cloud) { released.append(.failure(failure)) }
            if index < count {
                guard let part = waiting[cloud]?.removeValue(forKey: index) else { break }
                released.append(part)
                index += 1
            } else {
                cloud += 1
                index = 0
            }
        }
        return released
    }
}
