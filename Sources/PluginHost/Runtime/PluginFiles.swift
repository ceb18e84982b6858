import Foundation

/// Reading files from inside a plugin's folder, and never from outside it.
enum PluginFiles {
    /// The source of module `name` (`a.b` → `lua/a/b.lua`, else `a/b.lua`) and its path relative to
    /// the folder. Symbolic links that lead outside the folder are refused.
    static func module(named name: String, in folder: String) -> Result<(String, String), HostMisuse> {
        let relative = name.split(separator: ".").joined(separator: "/") + ".lua"
        for candidate in ["lua/" + relative, relative] {
            let path = (folder as NSString).appendingPathComponent(candidate)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            guard isInside(path, folder: folder) else {
                return .failure(HostMisuse("module \(name) resolves outside the plugin folder"))
            }
            guard let source = try? String(contentsOfFile: path, encoding: .utf8) else {
                return .failure(HostMisuse("module \(name) is not readable UTF-8 text"))
            }
            return .success((source, candidate))
        }
        return .failure(HostMisuse("module \(name) not found in the plugin folder (looked for lua/\(relative) and \(relative))"))
    }

    /// Whether `path`, with every symbolic link resolved, lies inside `folder`.
    static func isInside(_ path: String, folder: String) -> Bool {
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().standardizedFileURL.path
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
        return resolved.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// The largest asset (a theme's logo or picture) served from a plugin's folder, in bytes.
    static let maximumAssetSize = 4 * 1024 * 1024

    /// The bytes of `name`, a file directly in the folder, or `nil` when it is missing, larger
    /// than ``maximumAssetSize`` or, once every symbolic link is resolved, outside the folder.
    static func asset(_ name: String, in folder: String) -> [UInt8]? {
        let path = (folder as NSString).appendingPathComponent(name)
        guard !name.contains("/"), isInside(path, folder: folder),
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
            size.int64Value <= Int64(maximumAssetSize), let data = FileManager.default.contents(atPath: path),
            data.count <= maximumAssetSize
        else { return nil }
        return Array(data)
    }

    /// The text of a file inside the folder, or `nil`.
    static func text(_ relative: String, in folder: String) -> String? {
        let path = (folder as NSString).appendingPathComponent(relative)
        guard isInside(path, folder: folder) else { return nil }
        return try? String(contentsOfFile: path, encoding: .utf8)
    }
}
