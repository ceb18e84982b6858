import Foundation

/// Where the test themes and the bundled themes live.
enum FixtureThemes {
    /// `Fixtures/themes`, copied beside the test bundle.
    static var directory: URL {
        get throws {
            guard let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw CocoaError(.fileNoSuchFile)
            }
            return url.appendingPathComponent("themes", isDirectory: true)
        }
    }

    /// The repository's top-level `themes/` folder, the one operators edit.
    static var bundled: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("themes", isDirectory: true)
    }
}
