import CloudConfig
import Foundation

/// A temporary directory tree standing for `~`, the working directory and `/etc`, removed when
/// the sandbox goes away, so each test controls every file the loaders can see.
final class Sandbox {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cloudconfig-\(UUID().uuidString)").path
        for directory in ["home", "work", "etc"] {
            try FileManager.default.createDirectory(atPath: path(directory), withIntermediateDirectories: true)
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    var home: String { path("home") }
    var work: String { path("work") }
    var etc: String { path("etc") }

    /// An absolute path inside the sandbox.
    func path(_ relative: String) -> String {
        root + "/" + relative
    }

    /// Copies a fixture to `relative` inside the sandbox and returns the copy's absolute path.
    @discardableResult
    func install(_ fixture: String, at relative: String) throws -> String {
        let destination = path(relative)
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: destination).deletingLastPathComponent().path,
            withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path(fixture), toPath: destination)
        return destination
    }

    /// Sources over this sandbox with the given environment.
    func sources(_ environment: [String: String] = [:]) -> CloudConfigSources {
        CloudConfigSources(
            environment: environment, homeDirectory: home, currentDirectory: work, systemConfigDirectory: etc)
    }

    /// Loads the cloud catalogue with the given environment.
    func catalogue(_ environment: [String: String] = [:]) throws -> CloudCatalogue {
        try CloudConfigLoader(sources: sources(environment)).load()
    }
}

/// The fixture files copied into the test bundle.
enum Fixtures {
    static var directory: String {
        (Bundle.module.resourcePath ?? "") + "/Fixtures"
    }

    static func path(_ name: String) -> String {
        directory + "/" + name
    }

    /// Every fixture file's path, relative to the fixture directory.
    static func all() -> [String] {
        (FileManager.default.subpaths(atPath: directory) ?? []).filter {
            $0.hasSuffix(".yaml") || $0.hasSuffix(".json")
        }
    }
}

/// An openrc for an application credential, as Horizon (and Jetstream2's Exosphere) hand them out.
let applicationCredentialEnvironment = [
    "OS_AUTH_TYPE": "v3applicationcredential",
    "OS_AUTH_URL": "https://js2.jetstream-cloud.org:5000/v3/",
    "OS_IDENTITY_API_VERSION": "3",
    "OS_REGION_NAME": "IU",
    "OS_INTERFACE": "public",
    "OS_APPLICATION_CREDENTIAL_ID": "openrc-credential-id",
    "OS_APPLICATION_CREDENTIAL_SECRET": "openrc-credential-secret",
]
