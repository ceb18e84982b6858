import Foundation
import Yams

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
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return PluginViews() }
        guard let root = try? Yams.compose(yaml: text), case .mapping(let views) = root else {
            throw .manifestUnreadable(path: path, reason: "it is not a YAML map of views")
        }
        var result = PluginViews()
        for (key, value) in views {
            let view = key.string ?? ""
            guard PluginCapabilities.viewKinds.contains(view) else {
                throw .invalidManifest(
                    path: path, field: view, problem: "is not one of \(PluginCapabilities.viewKinds.joined(separator: ", "))")
            }
            let rows = try rows(value, view: view, path: path)
            switch view {
            case "clouds": result.clouds = rows
            case "projects": result.projects = rows
            case "instances": result.instances = rows
            default: result.usage = rows
            }
        }
        return result
    }

    private static func rows(_ node: Node, view: String, path: String) throws(PluginError) -> [[String: String]] {
        guard case .sequence(let items) = node else {
            throw .invalidManifest(path: path, field: view, problem: "must be a list of rows")
        }
        var rows: [[String: String]] = []
        for (index, item) in items.enumerated() {
            guard case .mapping(let fields) = item else {
                throw .invalidManifest(path: path, field: "\(view)[\(index)]", problem: "must be a map of field to value")
            }
            var row: [String: String] = [:]
            for (key, value) in fields {
                guard let name = key.string, let text = value.string else {
                    throw .invalidManifest(path: path, field: "\(view)[\(index)]", problem: "fields must be names with scalar values")
                }
                row[name] = text
            }
            rows.append(row)
        }
        return rows
    }
}
