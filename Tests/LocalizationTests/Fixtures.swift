import Foundation

/// The fixture files copied into the test bundle.
enum Fixtures {
    static var directory: String {
        (Bundle.module.resourcePath ?? "") + "/Fixtures"
    }

    static func path(_ name: String) -> String {
        directory + "/" + name
    }

    /// The repository's root folder, found from this source file's path.
    static var repositoryRoot: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }
}
