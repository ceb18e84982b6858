import Foundation

/// Changing the settings file from Exosphere itself (`exosphere plugin enable`).
extension ExosphereSettings {
    /// Sets `plugins.<id>.enabled` in the settings file at `path`, creating the file and its folder
    /// if needed.
    ///
    /// The file is read within ``YAMLLimits/configuration`` and written back as YAML, so its values
    /// and order are kept but its comments are not.
    ///
    /// - Throws: ``CloudConfigError`` naming the line and column when the file is not a YAML map,
    ///   or ``CloudConfigError/unwritableFile(path:reason:)``.
    public static func setPluginEnabled(_ enabled: Bool, plugin id: String, in path: String) throws(CloudConfigError) {
        var root = ConfigNode(value: .map([]), location: .file(path, line: 1, column: 1))
        if ConfigFileReader.fileExists(path), let written = try ConfigNode.read(file: path) {
            guard written.entries != nil else {
                throw .wrongType(
                    written.location, keyPath: CloudConfigError.topLevel, expected: "a map of settings",
                    found: written.kindDescription)
            }
            root = written
        }
        let flag = ConfigNode(value: .scalar(enabled ? "true" : "false", .boolean), location: .file(path))
        root = try root.setting(["plugins", id, "enabled"], to: flag, under: "")
        let text = try root.yamlText()
        do {
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw .unwritableFile(path: path, reason: error.localizedDescription)
        }
    }
}

extension ConfigNode {
    /// This map with `value` at `keys`, adding maps on the way where keys are missing or empty.
    fileprivate func setting(_ keys: [String], to value: ConfigNode, under keyPath: String) throws(CloudConfigError) -> ConfigNode {
        guard let key = keys.first else { return value }
        var entries = try LocatedValue(node: self, keyPath: keyPath.isEmpty ? CloudConfigError.topLevel : keyPath).map() ?? []
        let path = keyPath.isEmpty ? key : "\(keyPath).\(key)"
        let empty = ConfigNode(value: .map([]), location: value.location)
        if let index = entries.lastIndex(where: { $0.key == key }) {
            entries[index].node = try entries[index].node.setting(Array(keys.dropFirst()), to: value, under: path)
        } else {
            let node = try empty.setting(Array(keys.dropFirst()), to: value, under: path)
            entries.append(ConfigEntry(key: key, keyPath: path, keyLocation: value.location, node: node))
        }
        return ConfigNode(value: .map(entries), location: location)
    }
}
