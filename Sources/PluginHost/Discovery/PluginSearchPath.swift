import Foundation

/// The folders plugins are found in, in order; a later folder wins for the same plugin id.
///
/// 1. bundled: `Plugins/` of the development checkout the process runs in (a working directory
///    holding `Package.swift`), else walking up from the executable's folder, the first
///    `share/exosphere/Plugins` (an install prefix) or `Plugins/` beside a `Package.swift` (the
///    checkout it was built in). A `Plugins/` folder anywhere else is never searched: running
///    `exosphere` in a folder someone else prepared must not load their plugins;
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
        if let checkout = checkoutPlugins(in: URL(fileURLWithPath: currentDirectory)) { return checkout }
        var directory = URL(fileURLWithPath: executable, relativeTo: URL(fileURLWithPath: currentDirectory))
            .resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let installed = directory.appendingPathComponent("share/exosphere/Plugins").path
            if isDirectory(installed) { return installed }
            if let checkout = checkoutPlugins(in: directory) { return checkout }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    /// `Plugins/` of `directory` when it is a development checkout (it holds `Package.swift`).
    private static func checkoutPlugins(in directory: URL) -> String? {
        let plugins = directory.appendingPathComponent("Plugins").path
        let isCheckout = FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path)
        return isCheckout && isDirectory(plugins) ? plugins : nil
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
