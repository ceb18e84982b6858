/// Results gathered from many clouds and projects at once, with whatever failed beside them:
/// one unreachable project never hides the others.
public struct Listing<Item: Sendable>: Sendable {
    /// What was fetched.
    public var items: [Item]
    /// What could not be fetched, and why.
    public var failures: [ListingFailure]

    /// Creates a listing.
    public init(items: [Item] = [], failures: [ListingFailure] = []) {
        self.items = items
        self.failures = failures
    }

    /// Appends another listing's items and failures.
    public mutating func merge(_ other: Listing<Item>) {
        items += other.items
        failures += other.failures
    }
}

/// One cloud or project that could not be read.
public struct ListingFailure: Sendable {
    /// The cloud's name.
    public var cloud: String
    /// The project, when the failure concerns one project only.
    public var project: ProjectSummary?
    /// Why; usually a `UserFacingError` (an `OpenStackError`, a `CoreError`).
    public var error: any Error

    /// Creates a failure record.
    public init(cloud: String, project: ProjectSummary? = nil, error: any Error) {
        self.cloud = cloud
        self.project = project
        self.error = error
    }
}
