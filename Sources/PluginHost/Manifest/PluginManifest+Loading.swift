import CloudConfig
import Foundation

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
            throw .invalidManifest(
                .file(path), field: "id", problem: "\"\(manifest.id)\" must match the folder name \"\(folderName)\"")
        }
        return manifest
    }

    /// Parses the text of a `plugin.yaml`; `path` only names the file in errors.
    ///
    /// The text is read within ``CloudConfig/YAMLLimits/pluginFile``, so an installed plugin's
    /// manifest cannot exhaust the host with aliases, size or nesting.
    public static func parse(_ text: String, path: String) throws(PluginError) -> PluginManifest {
        let root: ConfigNode?
        do {
            root = try ConfigNode.parse(yaml: text, file: path, limits: .pluginFile)
        } catch {
            throw .invalidYAML(error)
        }
        guard let root, let entries = root.entries else {
            throw .invalidManifest(
                root?.location ?? .file(path), field: "(top level)", problem: "expected a map of fields such as id, name and version")
        }
        for entry in entries where !knownKeys.contains(entry.key) {
            throw .invalidManifest(
                entry.keyLocation, field: entry.key, problem: "unknown field; known fields are \(knownKeys.joined(separator: ", "))")
        }
        func required(_ key: String) throws(PluginError) -> (text: String, location: SourceLocation) {
            guard let node = root[key], let value = node.scalarText, !value.isEmpty else {
                throw .invalidManifest(root[key]?.location ?? root.location, field: key, problem: "is required")
            }
            return (value, node.location)
        }
        let id = try required("id")
        guard PluginID.isValid(id.text) else {
            throw .invalidManifest(
                id.location, field: "id", problem: "\"\(id.text)\" is not kebab-case (lowercase letters, digits, single hyphens)")
        }
        let versionText = try required("version")
        guard let version = SemanticVersion(parsing: versionText.text) else {
            throw .invalidManifest(versionText.location, field: "version", problem: "expected a semantic version such as 1.0.0")
        }
        let apiText = try required("api")
        guard let api = VersionRange(parsing: apiText.text) else {
            throw .invalidManifest(apiText.location, field: "api", problem: "expected a version range such as \">=1.0, <2.0\"")
        }
        let manifest = PluginManifest(
            id: id.text, name: try required("name").text, version: version, api: api,
            description: try required("description").text, author: try required("author").text,
            license: root["license"]?.scalarText,
            capabilities: try PluginCapabilities.parse(root["capabilities"]),
            config: try ConfigField.parseSchema(root["config"]))
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
