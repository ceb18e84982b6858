import Foundation

/// The folders plugins are found in, in order; a later folder wins for the same plugin id.
///
/// 1. bundled: `Plugins/` in the working directory, else the first `Plugins/` found walking up
///    from the executable's folder (a source checkout or an install prefix);
/// 2. system: `/usr/share/exosphere/plugins`, then `/etc/exosphere/plugins`;
/// 3. user: `~/.config/exosphere/plugins`.
public struct PluginSearchPath: Sendable, Hashable {
    /// Where a folder sits in the search order.
    public enum Origin: String, Sendable, Hashable {
        case bundled, system, user
    }

    /// One folder of plugin folders.
    public struct Folder: Sendable, Hashable {
        /// Which kind of folder.
        public let origin: Origin
        /// Absolute path.
        public let path: String

        /// Creates a folder entry.
        public init(origin: Origin, path: String) {
            self.origin = origin
            self.path = path
        }
    }

    /// The folders, in search order.
    public var folders: [Folder]

    /// A search path of explicit folders.
    public init(folders: [Folder]) {
        self.folders = folders
    }

    /// The standard search path for this process; `nil` arguments mean the process's working
    /// directory, executable and home directory.
    public static func standard(currentDirectory: String? = nil, executable: String? = nil, home: String? = nil) -> PluginSearchPath {
        let currentDirectory = currentDirectory ?? FileManager.default.currentDirectoryPath
        let executable = executable ?? CommandLine.arguments.first ?? ""
        let home = home ?? NSHomeDirectory()
        var folders: [Folder] = []
        if let bundled = bundledFolder(currentDirectory: currentDirectory, executable: executable) {
            folders.append(Folder(origin: .bundled, path: bundled))
        }
        folders.append(Folder(origin: .system, path: "/usr/share/exosphere/plugins"))
        folders.append(Folder(origin: .system, path: "/etc/exosphere/plugins"))
        folders.append(Folder(origin: .user, path: (home as NSString).appendingPathComponent(".config/exosphere/plugins")))
        return PluginSearchPath(folders: folders)
    }

    private static func bundledFolder(currentDirectory: String, executable: String) -> String? {
        let local = (currentDirectory as NSString).appendingPathComponent("Plugins")
        if isDirectory(local) { return local }
        var directory = URL(fileURLWithPath: executable, relativeTo: URL(fileURLWithPath: currentDirectory))
            .resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            for candidate in ["Plugins", "share/exosphere/Plugins"] {
                let path = directory.appendingPathComponent(candidate).path
                if isDirectory(path) { return path }
            }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
