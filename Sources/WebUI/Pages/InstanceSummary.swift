import ExosphereCore

/// What the dashboard counts in a listing, before any word is translated: instances per status
/// and per project, and the first ones in transition. It is worked out once per revision of the
/// live store (see ``LiveInstances/summary()``), not on every request.
struct InstanceSummary: Sendable {
    struct StatusCount: Sendable, Equatable {
        var status: String
        var count: Int
    }

    struct ProjectCount: Sendable, Equatable {
        var cloud: String
        var project: String
        var count: Int
        var ready: Int
    }

    var total: Int
    /// Most common status first, then by status.
    var statuses: [StatusCount]
    /// By cloud, then project name.
    var projects: [ProjectCount]
    /// The first `transitionLimit` instances in transition, in listing order.
    var transitions: [Instance]
    /// How many more are in transition.
    var moreTransitions: Int
    var failures: [ListingFailure]

    /// Counts `listing` in one pass, keeping at most `transitionLimit` changing instances.
    init(_ listing: Listing<Instance>, transitionLimit: Int) {
        total = listing.items.count
        var byStatus: [String: Int] = [:]
        var byProject: [ProjectSummary: ProjectCount] = [:]
        var changing: [Instance] = []
        var changingCount = 0
        for instance in listing.items {
            byStatus[instance.status, default: 0] += 1
            let isReady = instance.status == "ACTIVE"
            if var row = byProject[instance.project] {
                row.count += 1
                if isReady { row.ready += 1 }
                byProject[instance.project] = row
            } else {
                byProject[instance.project] = ProjectCount(
                    cloud: instance.project.cloud, project: instance.project.name, count: 1, ready: isReady ? 1 : 0)
            }
            if StatusPresentation.isInTransition(status: instance.status, taskState: instance.taskState) {
                changingCount += 1
                if changing.count < transitionLimit { changing.append(instance) }
            }
        }
        statuses = byStatus.map { StatusCount(status: $0.key, count: $0.value) }.sorted { ($1.count, $0.status) < ($0.count, $1.status) }
        projects = Self.merged(byProject.values).sorted { ($0.cloud, $0.project) < ($1.cloud, $1.project) }
        transitions = changing
        moreTransitions = changingCount - changing.count
        failures = listing.failures
    }

    /// Projects that share a cloud and a name (two ids) count as one row, as before.
    private static func merged(_ rows: some Sequence<ProjectCount>) -> [ProjectCount] {
        var byName: [String: ProjectCount] = [:]
        for row in rows {
            let key = row.cloud + "\u{0}" + row.project
            if var existing = byName[key] {
                existing.count += row.count
                existing.ready += row.ready
                byName[key] = existing
            } else {
                byName[key] = row
            }
        }
        return Array(byName.values)
    }
}
