import CloudConfig

extension CloudSessions {
    /// The session of the cloud `project` lives in.
    ///
    /// - Throws: ``CoreError/projectNotFound(_:cloud:available:)`` when no session is for that cloud.
    public func session(for project: ProjectSummary) throws -> CloudSession {
        guard let session = sessions.first(where: { $0.profile.name == project.cloud }) else {
            throw CoreError.projectNotFound(project.name, cloud: project.cloud, available: [])
        }
        return session
    }

    /// The project a resource command works in: the one `projectFilter` names, else the first
    /// cloud's home project.
    public func workingProject(_ projectFilter: String?) async throws -> (CloudSession, ProjectSummary) {
        guard let first = sessions.first else { throw CoreError.noProjects(cloud: "") }
        guard let projectFilter else { return (first, try await first.homeProject()) }
        var lastError: (any Error)?
        for session in sessions {
            do {
                if let project = try await session.projects(matching: projectFilter).first { return (session, project) }
            } catch {
                lastError = error
            }
        }
        throw lastError ?? CoreError.projectNotFound(projectFilter, cloud: first.profile.name, available: [])
    }
}
