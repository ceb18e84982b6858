import Foundation
import Yams

extension PluginManifest {
    /// The keys `plugin.yaml` may have.
    static let knownKeys = ["id", "name", "version", "api", "description", "author", "license", "capabilities", "config"]

    /// Reads and checks `plugin.yaml` in `folder`.
    ///
    /// - Throws: ``PluginError`` naming the file and the field that is missing or wrong.
    public static func load(folder: String) throws(PluginError) -> PluginManifest {
        let path = (folder as NSString).appendingPathComponent("plugin.yaml")
        guard FileManager.default.fileExists(atPath: path) else { throw .manifestMissing(folder: folder) }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .manifestUnreadable(path: path, reason: "it is not readable UTF-8 text")
        }
        let manifest = try parse(text, path: path)
        // Resolved against the working directory, so that `.` or `../my-plugin` name the folder.
        let folderName = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        guard folderName == manifest.id else {
            throw .invalidManifest(path: path, field: "id", problem: "\"\(manifest.id)\" must match the folder name \"\(folderName)\"")
        }
        return manifest
    }

    /// Parses the text of a `plugin.yaml`; `path` only names the file in errors.
    public static func parse(_ text: String, path: String) throws(PluginError) -> PluginManifest {
        let root: Node?
        do {
            root = try BoundedYAML.compose(text)
        } catch {
            throw .manifestUnreadable(path: path, reason: error.reason)
        }
        guard let root, let entries = YAMLValue.entries(root) else {
            throw .invalidManifest(path: path, field: "(top level)", problem: "expected a map of fields such as id, name and version")
        }
        for entry in entries where !knownKeys.contains(entry.key) {
            throw .invalidManifest(path: path, field: entry.key, problem: "unknown field; known fields are \(knownKeys.joined(separator: ", "))")
        }
        let fields = Dictionary(entries, uniquingKeysWith: { _, last in last })
        func required(_ key: String) throws(PluginError) -> String {
            guard let value = YAMLValue.text(fields[key]), !value.isEmpty else {
                throw .invalidManifest(path: path, field: key, problem: "is required")
            }
            return value
        }
        let id = try required("id")
        guard PluginID.isValid(id) else {
            throw .invalidManifest(path: path, field: "id", problem: "\"\(id)\" is not kebab-case (lowercase letters, digits, single hyphens)")
        }
        guard let version = SemanticVersion(parsing: try required("version")) else {
            throw .invalidManifest(path: path, field: "version", problem: "expected a semantic version such as 1.0.0")
        }
        guard let api = VersionRange(parsing: try required("api")) else {
            throw .invalidManifest(path: path, field: "api", problem: "expected a version range such as \">=1.0, <2.0\"")
        }
        let manifest = PluginManifest(
            id: id, name: try required("name"), version: version, api: api, description: try required("description"),
            author: try required("author"), license: YAMLValue.text(fields["license"]),
            capabilities: try PluginCapabilities.parse(fields["capabilities"], path: path),
            config: try ConfigField.parseSchema(fields["config"], path: path))
        try manifest.checkConfigOrigins(path: path)
        return manifest
    }
}

/// Plugin ids: kebab-case, so they work as folder names, settings keys and message domains.
enum PluginID {
    static func isValid(_ id: String) -> Bool {
        guard let first = id.first, first.isASCII, first.isLowercase, id.count <= 64, !id.hasSuffix("-"), !id.contains("--")
        else { return false }
        return id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }
}
