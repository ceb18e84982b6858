import Foundation

/// Finding and reading the settings file.
extension ExosphereSettings {
    /// The settings file in use, or `nil` when there is none.
    ///
    /// - Throws: ``CloudConfigError/fileNotFound(path:variable:)`` when `EXOSPHERE_CONFIG` names a
    ///   file that does not exist.
    public static func file(in sources: CloudConfigSources) throws(CloudConfigError) -> String? {
        if let named = sources.variable("EXOSPHERE_CONFIG") {
            let path = sources.absolutePath(named)
            guard ConfigFileReader.fileExists(path) else {
                throw .fileNotFound(path: path, variable: "EXOSPHERE_CONFIG")
            }
            return path
        }
        return ConfigFileReader.firstExisting([
            CloudConfigSources.join(sources.homeDirectory, ".config/exosphere/config.yaml"),
            CloudConfigSources.join(sources.systemConfigDirectory, "exosphere/config.yaml"),
        ])
    }

    /// Reads the settings file (see ``file(in:)``), or returns the defaults when there is none.
    ///
    /// - Throws: ``CloudConfigError`` naming the file, line and key of an unknown key, a value of
    ///   the wrong type or out of range, or invalid YAML.
    public static func load(from sources: CloudConfigSources) throws(CloudConfigError) -> ExosphereSettings {
        var settings = ExosphereSettings(homeDirectory: sources.homeDirectory)
        guard let path = try file(in: sources) else { return settings }
        settings.source = path
        guard let root = try ConfigNode.read(file: path) else { return settings }
        let sections = try SettingsMap(LocatedValue(node: root, keyPath: ""), known: ["token_cache", "http", "ui", "plugins", "launch", "localization", "hosting"])
        if let section = try sections.section("token_cache", known: ["directory", "enabled"]) {
            try settings.tokenCache.read(section, sources: sources)
        }
        if let section = try sections.section("http", known: ["timeout_seconds", "connect_timeout_seconds"]) {
            try settings.http.read(section)
        }
        if let section = try sections.section("ui", known: ["bind", "port", "theme", "locale", "announcements", "public_url", "cloud_hosts", "private_cloud_addresses"]) {
            try settings.ui.read(section)
        }
        if let section = sections["plugins"] {
            try settings.plugins.read(section)
        }
        if let section = try sections.section("launch", known: LaunchSettings.knownKeys) {
            try settings.launch.read(section)
        }
        if let section = try sections.section("localization", known: LocalizationSettings.keys) {
            try settings.localization.read(section, sources: sources)
        }
        if let section = try sections.section("hosting", known: HostingSettings.keys) {
            try settings.hosting.read(section)
        }
        return settings
    }
}

extension TokenCacheSettings {
    fileprivate mutating func read(_ section: SettingsMap, sources: CloudConfigSources) throws(CloudConfigError) {
        if let value = section["directory"], let written = try value.text() {
            guard written.hasPrefix("/") || written == "~" || written.hasPrefix("~/") else {
                throw .relativePath(value.location, keyPath: value.keyPath, value: written)
            }
            directory = sources.absolutePath(written)
        }
        if let enabled = try section["enabled"]?.boolean() { self.enabled = enabled }
    }
}

extension HTTPSettings {
    fileprivate mutating func read(_ section: SettingsMap) throws(CloudConfigError) {
        if let seconds = try section["timeout_seconds"]?.seconds() { timeout = seconds }
        if let seconds = try section["connect_timeout_seconds"]?.seconds() { connectTimeout = seconds }
    }
}

extension UISettings {
    fileprivate mutating func read(_ section: SettingsMap) throws(CloudConfigError) {
        if let bind = try section["bind"]?.text() { self.bind = bind }
        if let value = section["port"], let port = try value.integer() {
            guard (1...65535).contains(port) else {
                throw .outOfRange(
                    value.location, keyPath: value.keyPath, value: "\(port)", minimum: "1", maximum: "65535")
            }
            self.port = port
        }
        // Theme and locale names become folder and file names, so only plain names are accepted.
        if let theme = try section.name(
            "theme", extraCharacters: "-_", expected: "a theme name (letters, digits, - and _)")
        {
            self.theme = theme
        }
        if let locale = try section.name(
            "locale", extraCharacters: "-_@.", expected: "a locale such as en, fr or pt_BR")
        {
            self.locale = locale
        }
        if let list = section["announcements"] { announcements = try Announcement.readList(list) }
        if let value = section["public_url"], let text = try value.text() {
            // An origin only: scheme, host and port, as browsers send it in Origin.
            guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
                url.host?.isEmpty == false, ["", "/"].contains(url.path), url.query == nil
            else { throw .invalidURL(value.location, keyPath: value.keyPath, value: text) }
            publicURL = url
        }
        if let value = section["cloud_hosts"], let hosts = try value.texts() {
            // A host name or *.domain: letters, digits, dots, hyphens (and : for IPv6 literals).
            for host in hosts where host.isEmpty || !host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || ".-:*".contains($0)) }) {
                throw .invalidChoice(value.location, keyPath: value.keyPath, value: host, choices: ["a host name", "*.domain"])
            }
            cloudHosts = hosts
        }
        if let allowed = try section["private_cloud_addresses"]?.boolean() { privateCloudAddresses = allowed }
    }
}
