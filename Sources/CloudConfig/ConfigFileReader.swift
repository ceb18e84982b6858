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

    /// The file's text, refused unread when it is larger than `maximumBytes`.
    static func read(_ path: String, maximumBytes: Int) throws(CloudConfigError) -> String {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw .unreadableFile(path: path, reason: "permission denied")
        }
        let size = (try? URL(fileURLWithPath: path).resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        guard size <= maximumBytes else { throw .exceedsLimit(.file(path), limit: .bytes(maximumBytes)) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadableFile(path: path, reason: "the file could not be opened")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadableFile(path: path, reason: "it is not UTF-8 text")
        }
        return text
    }
}

extension ConfigNode {
    /// Reads and parses the YAML (or JSON) file at `path`; `nil` for a file with no document in it.
    ///
    /// - Parameters:
    ///   - limits: How large the file and the values it expands to may be.
    ///   - normalizingKeys: Whether to spell `-` in keys as `_` (see ``parse(yaml:file:limits:normalizingKeys:)``).
    /// - Throws: ``CloudConfigError`` when the file cannot be read, or naming the line and column of
    ///   invalid YAML, a duplicate key or a value past `limits`.
    public static func read(
        file path: String, limits: YAMLLimits = .configuration, normalizingKeys: Bool = false
    ) throws(CloudConfigError) -> ConfigNode? {
        let text = try ConfigFileReader.read(path, maximumBytes: limits.maximumBytes)
        return try parse(yaml: text, file: path, limits: limits, normalizingKeys: normalizingKeys)
    }
}
