import Foundation

/// The outside world the configuration is read from: environment variables and the directories
/// that stand for `~`, `.` and `/etc`.
///
/// Nothing in this module reads the process environment or the working directory by itself; the
/// front end builds ``current()`` once and tests build one over temporary directories.
///
/// ```swift
/// let sources = CloudConfigSources(
///     environment: ["OS_CLOUD": "mycloud"], homeDirectory: "/tmp/t/home",
///     currentDirectory: "/tmp/t/work", systemConfigDirectory: "/tmp/t/etc")
/// let catalogue = try CloudConfigLoader(sources: sources).load()
/// ```
public struct CloudConfigSources: Sendable, Hashable {
    /// Environment variables by name (`OS_*`, `OS_CLIENT_CONFIG_FILE`, `EXOSPHERE_CONFIG`, `XDG_*`…).
    public var environment: [String: String]
    /// The user's home directory, which `~` stands for.
    public var homeDirectory: String
    /// The working directory, searched first for clouds.yaml and used for relative paths.
    public var currentDirectory: String
    /// The system configuration directory, `/etc` outside tests.
    public var systemConfigDirectory: String

    /// Creates sources from explicit values.
    public init(
        environment: [String: String], homeDirectory: String, currentDirectory: String,
        systemConfigDirectory: String = "/etc"
    ) {
        self.environment = environment
        self.homeDirectory = homeDirectory
        self.currentDirectory = currentDirectory
        self.systemConfigDirectory = systemConfigDirectory
    }

    /// The running process's environment, home directory (`HOME`) and working directory.
    public static func current() -> CloudConfigSources {
        let environment = ProcessInfo.processInfo.environment
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return CloudConfigSources(
            environment: environment, homeDirectory: home,
            currentDirectory: FileManager.default.currentDirectoryPath)
    }

    /// The value of an environment variable, treating an empty value as unset.
    func variable(_ name: String) -> String? {
        guard let value = environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// `path` with a leading `~` replaced by the home directory, and made absolute against the
    /// working directory.
    func absolutePath(_ path: String) -> String {
        if path == "~" { return homeDirectory }
        if path.hasPrefix("~/") { return Self.join(homeDirectory, String(path.dropFirst(2))) }
        if path.hasPrefix("/") { return path }
        return Self.join(currentDirectory, path)
    }

    /// Joins two path components with exactly one `/`.
    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
