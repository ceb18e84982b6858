/// One project's instances, in listing order, and what the listing's caller made of them in the
/// task that fetched them (``CloudSessions/listInstances(projectFilter:making:)``).
public struct ProjectInstances<Part: Sendable>: Sendable {
    /// The project.
    public var project: ProjectSummary
    /// Its instances, by name, then id.
    public var instances: [Instance]
    /// What the caller made of ``instances``.
    public var part: Part

    /// Creates one project's share of a listing.
    public init(project: ProjectSummary, instances: [Instance], part: Part) {
        self.project = project
        self.instances = instances
        self.part = part
    }

    /// `projects` by cloud, project name, then project id: their instances, one project after the
    /// other, are then in listing order (``Instance/listingKey``).
    static func inListingOrder(_ projects: [ProjectInstances]) -> [ProjectInstances] {
        projects.sorted {
            ($0.project.cloud, $0.project.name, $0.project.id) < ($1.project.cloud, $1.project.name, $1.project.id)
        }
    }
}
