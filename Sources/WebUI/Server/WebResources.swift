public import Foundation

/// Where the templates (`templates/`) and static files (`static/`) are read from.
public struct WebResources: Sendable {
    /// The folder holding `templates/` and `static/`.
    public var directory: URL
    /// Whether files are re-read when they change (dev mode).
    public var reloads: Bool

    /// Creates a location.
    public init(directory: URL, reloads: Bool) {
        self.directory = directory
        self.reloads = reloads
    }

    /// The source tree's `Sources/WebUI/Resources` when it exists (dev mode: edits show on
    /// reload), else the resources bundled with the program.
    public static func locate() -> WebResources {
        if let source = sourceDirectory { return WebResources(directory: source, reloads: true) }
        let bundled = Bundle.module.resourceURL?.appendingPathComponent("Resources", isDirectory: true)
        return WebResources(directory: bundled ?? URL(fileURLWithPath: "Resources"), reloads: false)
    }

    /// `Sources/WebUI/Resources` of the checkout this was built from, if it is still there.
    public static var sourceDirectory: URL? {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources", isDirectory: true)
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("templates").path) ? folder : nil
    }

    /// The repository's `themes/` beside the source tree, if this is a checkout.
    public static var sourceThemesDirectory: URL? {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes", isDirectory: true)
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent("default/theme.yaml").path) ? folder : nil
    }

    var templates: URL { directory.appendingPathComponent("templates", isDirectory: true) }
    var staticFiles: URL { directory.appendingPathComponent("static", isDirectory: true) }
}
