/// One project's share of an instance listing.
public struct ProjectInstances: Sendable {
    /// The project.
    public var project: ProjectSummary
    /// Its instances, by name, then id.
    public var instances: [Instance]

    /// Creates one project's share of a listing.
    public init(project: ProjectSummary, instances: [Instance]) {
        self.project = project
        self.instances = instances
    }
}

extension ProjectSummary {
    /// Projects by cloud, project name, then project id: their instances, one project after the
    /// other, are then in listing order (``Instance/listingKey``).
    static func listingOrder(_ a: ProjectSummary, _ b: ProjectSummary) -> Bool {
        (a.cloud, a.name, a.id) < (b.cloud, b.name, b.id)
    }
}

/// A part of an instance listing as it streams in (``CloudSessions/instanceStream(projectFilter:)``).
public enum InstanceListingPart: Sendable {
    /// One project's instances.
    case project(ProjectInstances)
    /// A cloud or project that could not be listed.
    case failure(ListingFailure)
}
