import CloudConfig
import Foundation

/// The views a spec's fake host serves, from YAML: a map of view name (`clouds`, `projects`,
/// `instances`, `usage`) to a list of rows, each a map of field to scalar, read as text.
///
/// ```yaml
/// usage:
///   - { cloud: js2, project: bio101, period_start: "2026-01-01T00:00:00Z",
///       period_end: "2026-02-01T00:00:00Z", vcpu_hours: 2000, ram_mib_hours: 4096000 }
/// ```
enum PluginTestViews {
    /// The views in the YAML file at `path`; empty views when there is no file.
    static func load(path: String) throws(PluginError) -> PluginViews {
        guard FileManager.default.fileExists(atPath: path) else { return PluginViews() }
        let root: ConfigNode?
        do {
            root = try ConfigNode.read(file: path, limits: .pluginFile)
        } catch {
            throw .invalidYAML(error)
        }
        guard let views = root?.entries else {
            throw .manifestUnreadable(path: path, reason: "it is not a YAML map of views")
        }
        var result = PluginViews()
        for entry in views {
            let view = entry.key
            guard PluginCapabilities.viewKinds.contains(view) else {
                throw .invalidManifest(
                    entry.keyLocation, field: view, problem: "is not one of \(PluginCapabilities.viewKinds.joined(separator: ", "))")
            }
            let rows = try rows(entry.node, view: view)
            switch view {
            case "clouds": result.clouds = rows
            case "projects": result.projects = rows
            case "instances": result.instances = rows
            default: result.usage = rows
            }
        }
        return result
    }

    private static func rows(_ node: ConfigNode, view: String) throws(PluginError) -> [[String: String]] {
        guard case .list(let items) = node.value else {
            throw .invalidManifest(node.location, field: view, problem: "must be a list of rows")
        }
        var rows: [[String: String]] = []
        for (index, item) in items.enumerated() {
            guard let fields = item.entries else {
                throw .invalidManifest(item.location, field: "\(view)[\(index)]", problem: "must be a map of field to value")
            }
            var row: [String: String] = [:]
            for field in fields {
                // Every scalar counts, as written: `~` and an empty value are text here too.
                guard case .scalar(let text, _) = field.node.value else {
                    throw .invalidManifest(
                        field.node.location, field: "\(view)[\(index)]", problem: "fields must be names with scalar values")
                }
                row[field.key] = text
            }
            rows.append(row)
        }
        return rows
    }
}
