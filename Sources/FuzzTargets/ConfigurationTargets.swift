import Foundation
@testable import CloudConfig

/// The YAML reader and the two files built on it: clouds.yaml and the settings file. The files
/// are read from a private folder, as the loaders read them from the person's configuration.
enum ConfigurationTargets {
    /// One folder per process, reused by every run.
    private static let folder: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exosphere-fuzz-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }()

    static func run(_ target: FuzzTarget, _ data: Data) {
        guard let text = String(data: data, encoding: .utf8) else { return }
        switch target {
        case .yaml:
            _ = try? ConfigNode.parse(yaml: text, file: "fuzz.yaml", normalizingKeys: true)
        case .cloudsYAML:
            let file = folder.appendingPathComponent("clouds.yaml")
            guard (try? data.write(to: file)) != nil else { return }
            let sources = CloudConfigSources(
                environment: ["OS_CLIENT_CONFIG_FILE": file.path], homeDirectory: folder.path, currentDirectory: folder.path,
                systemConfigDirectory: folder.path)
            guard let catalogue = try? CloudConfigLoader(sources: sources).load() else { return }
            for name in catalogue.cloudNames { _ = try? catalogue.profile(named: name) }
        case .settings:
            let file = folder.appendingPathComponent("config.yaml")
            guard (try? data.write(to: file)) != nil else { return }
            let sources = CloudConfigSources(
                environment: ["EXOSPHERE_CONFIG": file.path], homeDirectory: folder.path, currentDirectory: folder.path,
                systemConfigDirectory: folder.path)
            _ = try? ExosphereSettings.load(from: sources)
        default:
            break
        }
    }
}
