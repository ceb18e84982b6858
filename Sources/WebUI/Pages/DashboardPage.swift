import ExosphereCore
import Foundation
import Localization
import Mustache

/// The home page: every instance across clouds and projects, counted by state, with what is
/// changing right now, each project's usage against its quota, what happened lately and what
/// could not be read. Each section is its own property and template partial.
struct DashboardPage: Sendable, Hashable {
    struct StateCount: Sendable, Hashable {
        var label: String
        var role: String
        var count: Int
        var url: String
    }

    struct ProjectRow: Sendable, Hashable {
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
    /// Providers from plugins beside the clouds, when any is registered.
    var providers: ProvidersSection?
    /// Usage against quota per project, as the ``QuotaCache`` knows it now.
    var usage: [ProjectUsageRow] = []
    /// What happened lately, newest first.
    var activity: [RecentActivityRow] = []

    /// The page for `summary`, its words in the reader's language.
    init(summary: InstanceSummary, cloudNames: [String], localizer: any MessageLocalizer) {
        total = summary.total
        cloudCount = cloudNames.count
        hasClouds = !cloudNames.isEmpty
        states = summary.statuses.map { entry in
            let presentation = StatusPresentation(status: entry.status)
            return StateCount(
                label: localizer.text(presentation.label), role: presentation.role, count: entry.count,
                url: "/instances" + PathComponent.query([("state", entry.status)]))
        }
        projects = summary.projects.map {
            ProjectRow(
                cloud: $0.cloud, project: $0.project, count: $0.count, ready: $0.ready,
                url: "/instances" + PathComponent.query([("project", $0.project)]))
        }
        transitions = summary.transitions.map { InstanceRow($0, localizer: localizer) }
        moreTransitions = summary.moreTransitions
        failures = FailureRow.rows(summary.failures, localizer: localizer)
    }

    /// The page for `instances`, counted now.
    init(instances: Listing<Instance>, cloudNames: [String], localizer: any MessageLocalizer) {
        self.init(
            summary: InstanceSummary(instances, transitionLimit: Self.transitionLimit), cloudNames: cloudNames, localizer: localizer)
    }

    /// Adds the usage section from what the quota cache knows, projects in cloud and name order;
    /// with `rows`, bars made before for the same figures and language are reused.
    mutating func showUsage(_ known: [QuotaCache.Known], localizer: any MessageLocalizer, rows: UsageRowCache? = nil) {
        let make = {
            known.sorted { ($0.project.cloud, $0.project.name, $0.project.id) < ($1.project.cloud, $1.project.name, $1.project.id) }
                .enumerated().map { ProjectUsageRow($1, index: $0, localizer: localizer) }
        }
        guard let rows, let identity = localizer.cacheIdentity else {
            usage = make()
            return
        }
        usage = rows.value(for: UsageRowKey(known: known, localizer: identity), make: make)
    }

    /// What the usage bars depend on: the quota cache's figures and the language.
    struct UsageRowKey: Hashable, Sendable {
        var known: [QuotaCache.Known]
        var localizer: LocalizerIdentity
    }

    /// Usage bars as made before (a project's bars change when its quota is read again, every minute).
    typealias UsageRowCache = RecentlyUsedCache<UsageRowKey, [ProjectUsageRow]>

    /// Adds the recent activity section, with times relative to `now`.
    mutating func showActivity(_ entries: [RecentActivity.Entry], now: Date, localizer: any MessageLocalizer) {
        activity = entries.map { RecentActivityRow($0, now: now, localizer: localizer) }
    }

    var isEmpty: Bool { total == 0 }
    var hasUsage: Bool { !usage.isEmpty }
    var hasActivity: Bool { !activity.isEmpty }
    var hasTransitions: Bool { !transitions.isEmpty }
    var hasMoreTransitions: Bool { moreTransitions > 0 }
    var hasFailures: Bool { !failures.isEmpty }
}

// Up to a few dozen tiles and rows on every dashboard render: named lookups instead of reflection.
extension DashboardPage.StateCount: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "label": label
        case "role": role
        case "count": count
        case "url": url
        default: nil
        }
    }
}

extension DashboardPage.ProjectRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "cloud": cloud
        case "project": project
        case "count": count
        case "ready": ready
        case "url": url
        default: nil
        }
    }
}
