/// Read-only snapshots of the core's state that plugins may read through `exo.<view>.get`.
///
/// The host fills these (from ExosphereCore) and hands them to every runtime; plugins never see
/// live objects, only copies, and only the views their manifest declares under `views:`.
public struct PluginViews: Sendable, Hashable {
    /// Clouds: `{ name, region?, auth_url }` per cloud.
    public var clouds: [[String: String]]
    /// Projects: `{ id, name, cloud }`.
    public var projects: [[String: String]]
    /// Instances: `{ id, name, cloud, project, status, size, image, address }`.
    public var instances: [[String: String]]
    /// Usage: `{ cloud, project, project_id, period_start, period_end, vcpu_hours, ram_mib_hours }`
    /// (ISO 8601 UTC times, numbers as text); see ``PluginUsageView``.
    public var usage: [[String: String]]

    /// Creates a snapshot (empty by default).
    public init(clouds: [[String: String]] = [], projects: [[String: String]] = [], instances: [[String: String]] = [], usage: [[String: String]] = []) {
        self.clouds = clouds
        self.projects = projects
        self.instances = instances
        self.usage = usage
    }

    func rows(of view: String) -> [[String: String]] {
        switch view {
        case "clouds": return clouds
        case "projects": return projects
        case "instances": return instances
        default: return usage
        }
    }
}

extension HostAPI {
    static let viewFunctions: [HostFunction] = PluginCapabilities.viewKinds.map { view in
        HostFunction(
            name: view + ".get", since: v1_0, contexts: running, capability: "views",
            summary: "Read-only list of \(view), each a table of strings; an optional filter table keeps rows whose fields are equal."
        ) { session, call throws(HostMisuse) in
            guard session.manifest.capabilities.views.contains(view) else {
                throw HostMisuse("capability views: \(view) is not declared in plugin.yaml")
            }
            var filter: [String: String] = [:]
            if case .table(let entries) = call.argument(1) {
                for (key, value) in entries {
                    guard let key = key.text, let value = value.text else { throw HostMisuse("the filter maps field names to strings") }
                    filter[key] = value
                }
            }
            let rows = session.views.rows(of: view).filter { row in filter.allSatisfy { row[$0.key] == $0.value } }
            return .values([.list(rows.map { .record($0.mapValues(LuaValue.text)) })])
        }
    }
}
