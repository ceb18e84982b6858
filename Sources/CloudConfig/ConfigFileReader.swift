import Foundation

/// Reads configuration files as UTF-8 text.
enum ConfigFileReader {
    /// Whether a regular file (not a directory) exists at `path`.
    static func fileExists(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The first of `candidates` that exists, if any.
    static func firstExisting(_ candidates: [String]) -> String? {
        candidates.first(where: fileExists)
    }

    /// The file's text.
    static func read(_ path: String) throws(CloudConfigError) -> String {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadableFile(path: path, reason: "permission denied")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path, reason: "the file could not be opened")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadableFile(path: path, reason: "it is not UTF-8 text")
        }
        return text
    }

    /// Reads and parses a YAML or JSON file; `nil` for a file with no document in it.
    static func parse(_ path: String, normalizingKeys: Bool) throws(CloudConfigError) -> ConfigNode? {
        try ConfigNode.parse(yaml: read(path), file: path, normalizingKeys: normalizingKeys)
    }
}
