import CloudConfig

/// `http: [config:endpoint]` grants the origin (scheme, host, port, path prefix) the operator sets
/// in the url setting `endpoint`, so a bundled plugin can call each site's own service without the
/// site editing its manifest.
let configOriginPrefix = "config:"

extension PluginManifest {
    /// Every `config:<name>` entry under `capabilities.http` must name a `url` setting.
    func checkConfigOrigins(path: String) throws(PluginError) {
        for entry in capabilities.http where entry.hasPrefix(configOriginPrefix) {
            let name = String(entry.dropFirst(configOriginPrefix.count))
            guard config.contains(where: { $0.name == name && $0.kind == .url }) else {
                throw .invalidManifest(
                    .file(path), field: "capabilities.http", problem: "\"\(entry)\" must name a url setting under config:")
            }
        }
    }
}

extension PluginSession {
    /// The origin an `http: [config:<name>]` entry grants: that of the url setting's value, if set.
    func configOrigin(_ entry: String) -> HTTPOrigin? {
        guard entry.hasPrefix(configOriginPrefix), case .string(let url)? = config[String(entry.dropFirst(configOriginPrefix.count))]
        else { return nil }
        return HTTPOrigin(url)
    }
}
