import CloudConfig

extension CloudSessions {
    /// The session of the cloud named `cloud`.
    public func session(named cloud: String) -> CloudSession? {
        sessions.first { $0.profile.name == cloud }
    }
}
