import Foundation
import OpenStackAPI

extension InstanceStore {
    /// Replaces a project's instances with a complete listing, publishing the differences.
    func applyFullListing(_ servers: [ServerSummary], in project: ProjectSummary) {
        let key = ProjectKey(project)
        let previous = tracked[key] ?? [:]
        var current: [String: Tracked] = [:]
        for server in servers where !Self.isDeleted(server) {
            current[server.id] = Tracked(instance: Instance(summary: server, project: project), updated: server.updated)
        }
        for (id, old) in previous where current[id] == nil {
            publish(.disappeared(old.instance))
        }
        for server in servers {
            guard let new = current[server.id] else { continue }
            announce(new.instance, replacing: previous[server.id]?.instance)
        }
        tracked[key] = current
        advanceWatermark(key, over: servers)
    }

    /// Applies Nova's `changes-since` answer: changed servers are updated, deleted ones removed.
    func applyChanges(_ servers: [ServerSummary], in project: ProjectSummary) {
        let key = ProjectKey(project)
        var current = tracked[key] ?? [:]
        for server in servers {
            if Self.isDeleted(server) {
                if let old = current.removeValue(forKey: server.id) { publish(.disappeared(old.instance)) }
                continue
            }
            let instance = Instance(summary: server, project: project)
            announce(instance, replacing: current[server.id]?.instance)
            current[server.id] = Tracked(instance: instance, updated: server.updated)
        }
        tracked[key] = current
        advanceWatermark(key, over: servers)
    }

    /// Whether anything in the project is between states.
    func hasTransition(_ project: ProjectSummary) -> Bool {
        tracked[ProjectKey(project)]?.values.contains { $0.instance.isInTransition } ?? false
    }

    private func announce(_ instance: Instance, replacing old: Instance?) {
        if let old {
            if old != instance { publish(.changed(instance, previous: old)) }
        } else {
            publish(.appeared(instance))
        }
    }

    // Compute API ref, "List Servers": with `changes-since`, deleted servers are included with
    // status DELETED (vm_state deleted); soft-deleted ones show SOFT_DELETED and stay listed.
    private static func isDeleted(_ server: ServerSummary) -> Bool {
        server.status == .deleted || server.vmState == "deleted"
    }

    /// The next `changes-since` value: the newest `updated` the cloud reported. Nova compares with
    /// `updated_at >= changes-since` and sends whole seconds, so nothing in that second is missed;
    /// using the cloud's own timestamps keeps a skewed local clock out of it.
    private func advanceWatermark(_ key: ProjectKey, over servers: [ServerSummary]) {
        guard let newest = servers.compactMap(\.updated).max() else { return }
        if let current = watermarks[key], current >= newest { return }
        watermarks[key] = newest
    }
}
