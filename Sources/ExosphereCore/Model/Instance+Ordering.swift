extension Instance {
    /// What listings order instances by: cloud, project name, instance name, then id.
    public var listingKey: ListingKey {
        ListingKey(cloud: project.cloud, project: project.name, name: name, id: id)
    }

    /// `instances` in listing order. The keys are read once and positions sorted, so thousands of
    /// many-field instances are neither copied per comparison nor moved around; each is copied
    /// once, into its place.
    public static func inListingOrder(_ instances: [Instance]) -> [Instance] {
        let keys = instances.map { $0.listingKey }
        return keys.indices.sorted { keys[$0] < keys[$1] }.map { instances[$0] }
    }

    /// Where an instance sits in listings; see ``listingKey``.
    public struct ListingKey: Comparable, Sendable {
        let cloud: String
        let project: String
        let name: String
        let id: String

        public static func < (lhs: ListingKey, rhs: ListingKey) -> Bool {
            (lhs.cloud, lhs.project, lhs.name, lhs.id) < (rhs.cloud, rhs.project, rhs.name, rhs.id)
        }
    }
}
