public import Secrets

/// The answer to "Create Server": the new server's id and, when the cloud generates one, its
/// administrator password (shown once).
public struct CreatedServer: Sendable, Hashable, Decodable {
    /// The new server's id (the first one when several were asked for).
    public var id: String
    /// The generated administrator password, if the cloud returns one.
    public var adminPass: Secret?

    /// Creates a record.
    public init(id: String, adminPass: Secret?) {
        self.id = id
        self.adminPass = adminPass
    }
}
