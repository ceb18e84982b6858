/// One instance's usage in a report (Compute API ref, "Show Usage Statistics For Tenant":
/// `server_usages`).
struct ServerUsageRecord: Sendable {
    var instanceID: String
    var name: String
    var projectID: String
    var flavor: FlavorRecord
    var hours: Double
    var state: String
    var startedAt: Timestamp
    var endedAt: Timestamp?
    var uptime: Int
}

extension World {
    /// The instances of `projectID` that existed in the window, oldest first, one page of them:
    /// nova/db `instance_get_active_by_window_joined` keeps those launched before the end and not
    /// terminated before the start, sorted by `created_at` then id. Each is charged with its
    /// current flavor from launch (or the start) to deletion (or the end), whatever its power state.
    func serverUsages(
        project projectID: String, in window: TenantUsageWindow, page: PageRequest, now: Timestamp
    ) throws(APIError) -> [ServerUsageRecord] {
        var candidates: [(server: ServerRecord, launched: Timestamp, terminated: Timestamp?)] = []
        for server in compute.servers.all where server.projectID == projectID {
            guard let launched = server.launchedAt, launched < window.stop else { continue }
            let terminated = server.terminatedAt(now: now)
            if let terminated, terminated <= window.start { continue }
            candidates.append((server, launched, terminated))
        }
        candidates.sort { ($0.server.createdAt, $0.server.id) < ($1.server.createdAt, $1.server.id) }
        if let marker = page.marker {
            guard let index = candidates.firstIndex(where: { $0.server.id == marker }) else {
                throw APIError.badRequest("Marker \(marker) could not be found.")
            }
            candidates.removeFirst(index + 1)
        }
        var usages: [ServerUsageRecord] = []
        for (server, launched, terminated) in candidates {
            guard usages.count < page.limit else { break }
            guard let flavor = compute.flavor(id: server.phase(at: now).flavorID) else { continue }
            let from = max(launched, window.start)
            let to = min(terminated ?? window.stop, window.stop)
            usages.append(
                ServerUsageRecord(
                    instanceID: server.id, name: server.name, projectID: projectID, flavor: flavor,
                    hours: max(to.seconds - from.seconds, 0) / 3600,
                    state: terminated == nil ? server.phase(at: now).vmState : "terminated",
                    startedAt: launched, endedAt: terminated,
                    uptime: Int(exactly: ((terminated ?? now).seconds - launched.seconds).rounded(.down)) ?? 0))
        }
        return usages
    }
}

extension ServerRecord {
    /// Nova's `terminated_at`: when the deletion finished, once it has.
    func terminatedAt(now: Timestamp) -> Timestamp? {
        phases.steps.first { $0.state.vmState == "deleted" && $0.at <= now }?.at
    }
}
