import OutboundHTTP
/// The network Neutron's "get me a network" made for a project.
public struct AutoAllocatedTopology: Sendable, Hashable, Decodable {
    /// The network's id.
    public var id: String
    /// The project's id.
    public var projectID: String?

    enum CodingKeys: String, CodingKey {
        case id
        case projectID = "project_id"
    }
}

extension NetworkClient {
    private struct DryRun: Decodable {
        let dryRun: String?
        enum CodingKeys: String, CodingKey { case dryRun = "dry-run" }
    }

    /// The project's auto-allocated network, made on first call
    /// (`GET /v2.0/auto-allocated-topology/{project_id}`, the `auto-allocated-topology` extension).
    ///
    /// - Throws: ``OpenStackError`` with status 404 when the cloud lacks the extension, or an error
    ///   when the cloud is not set up for it (no default external network or subnet pool).
    public func showAutoAllocatedTopology(projectID: String) async throws -> AutoAllocatedTopology {
        try await caller.unwrapped(
            AutoAllocatedTopology.self, key: "auto_allocated_topology", .get, ["auto-allocated-topology", projectID])
    }

    /// Whether auto-allocation would work, without allocating anything (`?fields=dry-run`, which
    /// answers `{"dry-run": "pass"}`).
    public func canAutoAllocateTopology(projectID: String) async throws -> Bool {
        let answer = try await caller.unwrapped(
            DryRun.self, key: "auto_allocated_topology", .get, ["auto-allocated-topology", projectID],
            query: [QueryItem("fields", "dry-run")])
        return answer.dryRun == "pass"
    }

    /// Deletes the project's auto-allocated network, subnet and router
    /// (`DELETE /v2.0/auto-allocated-topology/{project_id}`, 204).
    public func deleteAutoAllocatedTopology(projectID: String) async throws {
        _ = try await caller.send(.delete, ["auto-allocated-topology", projectID])
    }
}
