import Foundation
import Yams

/// Turning a plugin on or off in Exosphere's settings file (`plugins.<id>.enabled`).
///
/// The file is read and written back through YAML, so its values and order are kept but its
/// comments are not.
public enum PluginSettingsFile {
    /// Sets `plugins.<id>.enabled` in the file at `path`, creating the file and its folder if needed.
    public static func setEnabled(_ enabled: Bool, plugin id: String, in path: String) throws(PluginError) {
        var root = Node.Mapping([])
        if let text = try? String(contentsOfFile: path, encoding: .utf8) {
            do {
                if let node = try Yams.compose(yaml: text) {
                    guard let mapping = node.mapping else {
                        throw PluginError.unwritableFile(path: path, reason: "the file is not a YAML map")
                    }
                    root = mapping
                }
            } catch let error as PluginError {
                throw error
            } catch {
                throw .unwritableFile(path: path, reason: "it is not valid YAML")
            }
        }
        var plugins = root["plugins"]?.mapping ?? Node.Mapping([])
        var plugin = plugins[id]?.mapping ?? Node.Mapping([])
        plugin["enabled"] = Node(enabled ? "true" : "false", Tag(.bool))
        plugins[id] = .mapping(plugin)
        root["plugins"] = .mapping(plugins)
        do {
            let text = try Yams.serialize(node: .mapping(root))
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw .unwritableFile(path: path, reason: "\(error.localizedDescription)")
        }
    }
}
