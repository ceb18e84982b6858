public import Foundation

/// Where the templates (`templates/`) and static files (`static/`) are read from.
///
/// A running server reads the files installed with the program, never the files of whatever
/// source tree it was built from or the folder it was started in: someone who can write there
/// must not change what a server's users see. In development (`--dev`, or `EXOSPHERE_DEV=1`)
/// it reads the checkout's `Sources/WebUI/Resources` and notices edits on the next page load.
public struct WebResources: Sendable {
    /// The folder holding `templates/` and `static/`.
    public var directory: URL
    /// Whether files are re-read when they change (development).
    public var reloads: Bool

    /// Creates a location.
    public init(directory: URL, reloads: Bool) {
        self.directory = directory
        self.reloads = reloads
    }

    /// Whether the environment asks for development mode (`EXOSPHERE_DEV=1`).
    public static var developmentRequested: Bool {
        ProcessInfo.processInfo.environment["EXOSPHERE_DEV"] == "1"
    }

    /// The files to serve.
    ///
    /// - Parameters:
    ///   - development: Read the checkout's sources and reload them on change (when the checkout
    ///     this was built from is still there).
    ///   - executable: The running program (``installed(beside:)`` looks beside it).
    /// - Returns: The checkout's sources in development, else the installed files, else the
    ///   place they would be installed (the templates' absence is then reported when they load).
    public static func locate(development: Bool = developmentRequested, executable: URL? = Bundle.main.executableURL) -> WebResources {
        if development, let source = sourceDirectory { return WebResources(directory: source, reloads: true) }
        let installed = executable.flatMap(installed(beside:))
        return WebResources(directory: installed ?? URL(fileURLWithPath: "share/exosphere/webui"), reloads: false)
    }

    /// The installed files for the program at `executable`: `share/exosphere/webui` of its install
    /// prefix (`scripts/install`), else the resource bundle SwiftPM builds beside it.
    public static func installed(beside executable: URL) -> URL? {
        let folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            folder.deletingLastPathComponent().appendingPathComponent("share/exosphere/webui", isDirectory: true),
            folder.appendingPathComponent("exosphere_WebUI.resources/Resources", isDirectory: true),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("templates").path) }
    }

    /// The themes installed with the program at `executable`: `share/exosphere/themes` of its
    /// install prefix, else `themes/` of the checkout it was built in (a folder up to five levels
    /// above it holding `Package.swift`).
    public static func installedThemes(beside executable: URL) -> URL? {
        var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        let prefix = folder.deletingLastPathComponent().appendingPathComponent("share/exosphere/themes", isDirectory: true)
        if FileManager.default.fileExists(atPath: prefix.appendingPathComponent("default/theme.yaml").path) { return prefix }
        for _ in 0..<5 {
            let themes = folder.appendingPathComponent("themes", isDirectory: true)
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
                FileManager.default.fileExists(atPath: themes.appendingPathComponent("default/theme.yaml").path)
            {
                return themes
            }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// `Sources/WebUI/Resources` of the checkout this was built from, if it is still there.
    public static var sourceDirectory: URL? {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources", isDirectory: true)
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("templates").path) ? folder : nil
    }

    var templates: URL { directory.appendingPathComponent("templates", isDirectory: true) }
    var staticFiles: URL { directory.appendingPathComponent("static", isDirectory: true) }
}
