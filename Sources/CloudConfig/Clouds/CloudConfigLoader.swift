/// Finds and reads clouds.yaml, secure.yaml and clouds-public.yaml the way openstacksdk's
/// `openstack/config/loader.py` does, and adds the cloud formed by `OS_*` environment variables.
///
/// The search, for each of the three base names `clouds`, `secure` and `clouds-public`, with the
/// suffixes `.yaml`, `.yml` and `.json` tried in that order in each directory of
/// ``searchDirectories``:
///
/// 1. `OS_CLIENT_CONFIG_FILE` (for clouds) or `OS_CLIENT_SECURE_FILE` (for secure), when set;
/// 2. the current directory;
/// 3. the user's configuration directory, as Python's platformdirs names it
///    (`$XDG_CONFIG_HOME/openstack` on Linux, `~/Library/Application Support/openstack` on macOS);
/// 4. `~/.config/openstack` (`$SNAP_REAL_HOME/.config/openstack` inside a snap);
/// 5. on Linux, each directory of `$XDG_CONFIG_DIRS` (default `/etc/xdg`) followed by `/openstack`;
/// 6. `/etc/openstack`.
///
/// The first file that exists wins; the others are not read (openstacksdk `_load_yaml_json_file`).
/// secure.yaml is then merged into clouds.yaml, its values winning.
///
/// Where Exosphere is stricter than openstacksdk, on purpose: a file named by
/// `OS_CLIENT_CONFIG_FILE` or `OS_CLIENT_SECURE_FILE` must exist; an unreadable or malformed file is
/// an error that names the line, where openstacksdk logs a warning and skips it; and a profile that
/// clouds-public.yaml does not define is an error, since Exosphere ships no vendor profiles.
///
/// ```swift
/// let catalogue = try CloudConfigLoader(sources: .current()).load()
/// let cloud = try catalogue.select(options.osCloud)
/// ```
public struct CloudConfigLoader: Sendable {
    /// The environment and directories to read from.
    public var sources: CloudConfigSources

    /// Creates a loader over the given sources.
    public init(sources: CloudConfigSources) {
        self.sources = sources
    }

    /// The directories searched, in order, without duplicates.
    public var searchDirectories: [String] {
        let home = sources.homeDirectory
        var directories = [sources.currentDirectory]
        #if os(macOS)
            directories.append(CloudConfigSources.join(home, "Library/Application Support/openstack"))
        #else
            let userConfig = sources.variable("XDG_CONFIG_HOME") ?? CloudConfigSources.join(home, ".config")
            directories.append(CloudConfigSources.join(userConfig, "openstack"))
        #endif
        directories.append(CloudConfigSources.join(sources.variable("SNAP_REAL_HOME") ?? home, ".config/openstack"))
        #if !os(macOS)
            let siteConfig =
                sources.variable("XDG_CONFIG_DIRS") ?? CloudConfigSources.join(sources.systemConfigDirectory, "xdg")
            for directory in siteConfig.split(separator: ":") where !directory.isEmpty {
                directories.append(CloudConfigSources.join(String(directory), "openstack"))
            }
        #endif
        directories.append(CloudConfigSources.join(sources.systemConfigDirectory, "openstack"))
        var seen = Set<String>()
        return directories.filter { seen.insert($0).inserted }
    }

    /// Every path tried for a base name such as `clouds`, in order (without the override variable).
    public func candidateFiles(named baseName: String) -> [String] {
        searchDirectories.flatMap { directory in
            ["yaml", "yml", "json"].map { CloudConfigSources.join(directory, "\(baseName).\($0)") }
        }
    }

    /// Reads the configuration files and the environment into a catalogue of clouds.
    ///
    /// - Throws: ``CloudConfigError`` for an unreadable or malformed file, a cloud that is not a
    ///   map, or a file cloud named like the environment's cloud. Problems inside one cloud (a
    ///   missing `auth_url`, a bad type) surface when that cloud is resolved.
    public func load() throws(CloudConfigError) -> CloudCatalogue {
        let configFile = try locate("clouds", override: "OS_CLIENT_CONFIG_FILE")
        let secureFile = try locate("secure", override: "OS_CLIENT_SECURE_FILE")
        var clouds: [CloudRecord] = []
        if let configFile {
            clouds = try CloudRecord.read(configFile, rootKey: "clouds")
        }
        if let secureFile {
            clouds = CloudRecord.merge(try CloudRecord.read(secureFile, rootKey: "clouds"), into: clouds)
        }
        let environmentName = sources.variable("OS_CLOUD_NAME") ?? CloudCatalogue.defaultEnvironmentCloudName
        if let clash = clouds.first(where: { $0.name == environmentName }) {
            throw .reservedCloudName(clash.keyLocation, name: environmentName)
        }
        if let environmentCloud = CloudRecord.environmentCloud(named: environmentName, from: sources) {
            clouds.append(environmentCloud)
        }
        var publicCloudsFile: String?
        var publicClouds: [CloudRecord] = []
        if clouds.contains(where: \.namesProfile) {
            publicCloudsFile = ConfigFileReader.firstExisting(candidateFiles(named: "clouds-public"))
            if let publicCloudsFile {
                publicClouds = try CloudRecord.read(publicCloudsFile, rootKey: "public-clouds")
            }
        }
        return CloudCatalogue(
            clouds: clouds, publicClouds: publicClouds, sources: sources,
            files: .init(clouds: configFile, secure: secureFile, publicClouds: publicCloudsFile),
            searchDirectories: searchDirectories)
    }

    private func locate(_ baseName: String, override variable: String) throws(CloudConfigError) -> String? {
        if let named = sources.variable(variable) {
            let path = sources.absolutePath(named)
            guard ConfigFileReader.fileExists(path) else { throw .fileNotFound(path: path, variable: variable) }
            return path
        }
        return ConfigFileReader.firstExisting(candidateFiles(named: baseName))
    }
}
