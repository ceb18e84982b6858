import ExosphereCore
import Localization

/// The home page: every instance across clouds and projects, counted by state, with what is
/// changing right now and what could not be read.
struct DashboardPage: Sendable {
    struct StateCount: Sendable {
        var label: String
        var role: String
        var count: Int
        var url: String
    }

    struct ProjectRow: Sendable {
        var cloud: String
        var project: String
        var count: Int
        var ready: Int
        var url: String
    }

    /// The most changing instances listed; the rest are one click away.
    static let transitionLimit = 20

    var total: Int
    var cloudCount: Int
    var hasClouds: Bool
    var states: [StateCount]
    var projects: [ProjectRow]
    var transitions: [InstanceRow]
    var moreTransitions: Int
    var failures: [FailureRow]
    /// Cards from plugins, when any is running.
    var plugins: ExtensionCardsSection?

    init(instances: Listing<Instance>, cloudNames: [String], localizer: any MessageLocalizer) {
        total = instances.items.count
        cloudCount = cloudNames.count
        hasClouds = !cloudNames.isEmpty
        var byStatus: [String: Int] = [:]
        var byProject: [String: ProjectRow] = [:]
        var changing: [Instance] = []
        for instance in instances.items {
            byStatus[instance.status, default: 0] += 1
            let key = instance.project.cloud + "\u{0}" + instance.project.name
            var row =
                byProject[key]
                ?? ProjectRow(
                    cloud: instance.project.cloud, project: instance.project.name, count: 0, ready: 0,
                    url: "/instances" + PathComponent.query([("project", instance.project.name)]))
            row.count += 1
            if instance.status == "ACTIVE" { row.ready += 1 }
            byProject[key] = row
            if StatusPresentation(status: instance.status, taskState: instance.taskState).inTransition {
                changing.append(instance)
            }
        }
        states = byStatus.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { status, count in
            let presentation = StatusPresentation(status: status)
            return StateCount(
                label: localizer.text(presentation.label), role: presentation.role, count: count,
                url: "/instances" + PathComponent.query([("state", status)]))
        }
        projects = byProject.values.sorted { ($0.cloud, $0.project) < ($1.cloud, $1.project) }
        transitions = changing.prefix(Self.transitionLimit).map { InstanceRow($0, localizer: localizer) }
        moreTransitions = max(0, changing.count - Self.transitionLimit)
        failures = FailureRow.rows(instances.failures, localizer: localizer)
    }

    var isEmpty: Bool { total == 0 }
    var hasTransitions: Bool { !transitions.isEmpty }
    var hasMoreTransitions: Bool { moreTransitions > 0 }
    var hasFailures: Bool { !failures.isEmpty }
}
