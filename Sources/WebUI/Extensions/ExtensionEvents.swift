/// A cloud added and signed in to in the web UI, as extensions hear of it: never a secret.
public struct ExtensionLogin: Sendable, Hashable {
    /// The cloud's name.
    public var cloud: String
    /// How it signs in, as clouds.yaml writes it: `password`, `v3applicationcredential` or `token`.
    public var authType: String
    /// How many projects the sign-in can see.
    public var projectCount: Int

    /// Creates a login.
    public init(cloud: String, authType: String, projectCount: Int) {
        self.cloud = cloud
        self.authType = authType
        self.projectCount = projectCount
    }
}

/// A dashboard render, as extensions hear of it: what it counted, and in which language.
public struct ExtensionDashboardRender: Sendable, Hashable {
    /// Every instance the dashboard counted.
    public var total: Int
    /// Instances per status (`ACTIVE`, `BUILD`…), most common first.
    public var statuses: [Status]
    /// The language it was shown in (BCP 47).
    public var locale: String

    /// One status and how many instances have it.
    public struct Status: Sendable, Hashable {
        /// The status, as the cloud names it.
        public var status: String
        /// How many instances have it.
        public var count: Int

        /// Creates a count.
        public init(status: String, count: Int) {
            self.status = status
            self.count = count
        }
    }

    /// Creates a render.
    public init(total: Int, statuses: [Status], locale: String) {
        self.total = total
        self.statuses = statuses
        self.locale = locale
    }
}
