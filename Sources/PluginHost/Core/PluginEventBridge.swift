public import CloudConfig
public import ExosphereCore
import Foundation

/// Carries the core's live state to plugins: instance changes become host events
/// (`instance.launched`, `instance.state_changed`, `instance.deleted`) and every plugin's
/// `exo.clouds.get`, `exo.projects.get` and `exo.instances.get` views follow the store.
///
/// ```swift
/// let bridge = PluginEventBridge.follow(store, registry: registry)
/// …
/// bridge.cancel()
/// ```
public enum PluginEventBridge {
    /// The host event a store event becomes, or `nil` for events plugins do not hear: the first
    /// listing of a project (`appeared` before `projectSynced`), changes that leave the status and
    /// task alone, and the store's own bookkeeping.
    ///
    /// - Parameter synced: the projects (`cloud/project-id`) whose first listing has arrived.
    public static func hostEvent(for event: InstanceEvent, synced: Set<String>) -> (name: String, payload: LuaValue)? {
        switch event {
        case .appeared(let instance):
            guard synced.contains(key(instance.project)) else { return nil }
            return ("instance.launched", payload(instance, previous: nil))
        case .changed(let instance, let previous):
            guard instance.status != previous.status || instance.taskState != previous.taskState else { return nil }
            return ("instance.state_changed", payload(instance, previous: previous))
        case .disappeared(let instance):
            return ("instance.deleted", payload(instance, previous: nil))
        case .projectSynced, .refreshFailed:
            return nil
        }
    }

    /// `exo.clouds.get`, `exo.instances.get`, `exo.projects.get` and `exo.usage.get` rows, in the
    /// shapes ``PluginViews`` documents.
    public static func views(
        of instances: [Instance], projects: [ProjectSummary], usage: [ProjectUsage] = [], clouds: [CloudProfile] = []
    ) -> PluginViews {
        PluginViews(
            clouds: clouds.map(row),
            projects: projects.map(row),
            instances: instances.map(row),
            usage: PluginUsageView.rows(usage))
    }

    /// The `exo.clouds.get` row of one cloud: never its credentials.
    static func row(_ cloud: CloudProfile) -> [String: String] {
        var row = ["name": cloud.name, "auth_url": cloud.authURL.absoluteString]
        row["region"] = cloud.regionName
        return row
    }

    /// The `exo.projects.get` row of one project.
    static func row(_ project: ProjectSummary) -> [String: String] {
        ["id": project.id, "name": project.name, "cloud": project.cloud]
    }

    /// The `exo.instances.get` row of one instance.
    static func row(_ instance: Instance) -> [String: String] {
        var row = [
            "id": instance.id, "name": instance.name, "cloud": instance.project.cloud,
            "project": instance.project.name, "status": instance.status,
        ]
        row["project_id"] = instance.project.id
        row["size"] = instance.flavorName
        row["image"] = instance.imageID
        row["address"] = (instance.addresses.first { $0.isFloating } ?? instance.addresses.first)?.address
        row["created"] = instance.created.map(PluginUsageView.timestamp)
        return row
    }

    /// Follows `store` until the task is cancelled or the store stops: emits each host event to
    /// every running plugin and refreshes their views after each change. With `usage`, the usage
    /// view carries its rows (read at most once an hour; the first refresh waits for the read).
    public static func follow(_ store: InstanceStore, registry: PluginRegistry, usage: UsageReader? = nil) -> Task<Void, Never> {
        Task {
            let events = await store.events()
            var synced: Set<String> = []
            // One row per instance, changed with each event rather than rebuilt from the whole
            // store: a busy store sends many events, and thousands of rows per event add up.
            var rows: [String: [String: String]] = [:]
            for await event in events {
                switch event {
                case .appeared(let instance), .changed(let instance, _): rows[key(instance)] = row(instance)
                case .disappeared(let instance): rows[key(instance)] = nil
                case .projectSynced(let project):
                    synced.insert(key(project))
                    rows = Dictionary(await store.instances().map { (key($0), row($0)) }, uniquingKeysWith: { $1 })
                case .refreshFailed: break
                }
                guard let (name, payload) = hostEvent(for: event, synced: synced) else {
                    if case .projectSynced = event { await publish(Array(rows.values), store: store, registry: registry, usage: usage) }
                    continue
                }
                await publish(Array(rows.values), store: store, registry: registry, usage: usage)
                _ = await registry.emit(name, payload: payload)
            }
        }
    }

    /// Hands every plugin the instance rows with the store's projects and the usage rows.
    private static func publish(_ instances: [[String: String]], store: InstanceStore, registry: PluginRegistry, usage: UsageReader?) async {
        let usageRows = await usage?.usage().items ?? []
        let projects = await store.watchedProjects().map(row)
        let clouds = store.sessions.sessions.map { row($0.profile) }
        let views = PluginViews(clouds: clouds, projects: projects, instances: instances, usage: PluginUsageView.rows(usageRows))
        for id in await registry.statuses().keys {
            await registry.runtime(id)?.update(views: views)
        }
    }

    private static func key(_ project: ProjectSummary) -> String { project.cloud + "/" + project.id }

    private static func key(_ instance: Instance) -> String { key(instance.project) + "/" + instance.id }

    private static func payload(_ instance: Instance, previous: Instance?) -> LuaValue {
        var fields: [String: LuaValue] = [
            "id": .text(instance.id), "name": .text(instance.name), "status": .text(instance.status),
            "cloud": .text(instance.project.cloud), "project": .text(instance.project.name), "project_id": .text(instance.project.id),
        ]
        if let created = instance.created { fields["created"] = .text(PluginUsageView.timestamp(created)) }
        if let task = instance.taskState { fields["task_state"] = .text(task) }
        if let previous { fields["previous_status"] = .text(previous.status) }
        return .record(fields)
    }
}
