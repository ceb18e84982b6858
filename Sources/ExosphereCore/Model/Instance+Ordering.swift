extension Instance {
    /// What listings order instances by: cloud, project name, project id (for projects of one name
    /// in different domains), instance name, then id. A project's instances are thus together.
    public var listingKey: ListingKey {
        ListingKey(cloud: project.cloud, project: project.name, projectID: project.id, name: name, id: id)
    }

    /// `instances` in listing order. The keys are read once and sorted beside their positions, so
    /// thousands of many-field instances are neither copied per comparison nor moved around; each
    /// is copied once, into its place.
    public static func inListingOrder(_ instances: [Instance]) -> [Instance] {
        var order = instances.enumerated().map { (key: $0.element.listingKey, position: $0.offset) }
        order.sort { $0.key < $1.key }
        return order.map { instances[$0.position] }
    }

    /// Where an instance sits in listings; see ``listingKey``.
    public struct ListingKey: Comparable, Sendable {
        let cloud: String
        let project: String
        let projectID: String
        let name: String
        let id: String

        /// Field by field; the instances of one project share their cloud and project strings, so
        /// those comparisons are mostly an identity check.
        public static func < (lhs: ListingKey, rhs: ListingKey) -> Bool {
            if lhs.cloud != rhs.cloud { return lhs.cloud < rhs.cloud }
            if lhs.project != rhs.project { return lhs.project < rhs.project }
            if lhs.projectID != rhs.projectID { return lhs.projectID < rhs.projectID }
            if lhs.name != rhs.name { return lhs.name < rhs.name }
            return lhs.id < rhs.id
        }
    }
}
