public import Foundation

/// Every parser of outside input, as a function of arbitrary bytes for libFuzzer: what a cloud,
/// a browser, an operator's files or a plugin can hand Exosphere. A target returns normally for
/// any input, accepted or refused; a crash, a trap or a hang is the bug it looks for.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Keystone's token (with its catalog) and application credentials.
    case keystone
    /// Nova's servers, server summaries, flavors, key pairs and limits.
    case nova
    /// Glance's images.
    case glance
    /// Neutron's networks, ports, subnets, routers, floating IPs, security groups and quota usage.
    case neutron
    /// Cinder's volumes and limits.
    case cinder
    /// The YAML reader behind clouds.yaml, secure.yaml and the settings file, with its limits.
    case yaml
    /// A whole clouds.yaml, loaded and turned into cloud profiles as `exosphere` does.
    case cloudsYAML = "clouds-yaml"
    /// Exosphere's own settings file.
    case settings
    /// A `.po` message catalogue with its header's plural expression.
    case po
    /// A plural expression on its own, evaluated for a spread of counts.
    case plural
    /// A theme file (`themes/<name>/theme.yaml`) and its colours.
    case theme
    /// A plugin's manifest (`plugin.yaml`) with its configuration schema and capabilities.
    case manifest
    /// A `multipart/form-data` body, fed in uneven chunks.
    case multipart
    /// The session cookie's value.
    case cookie

    /// Runs the target on `data`.
    public func run(_ data: Data) {
        switch self {
        case .keystone, .nova, .glance, .neutron, .cinder: OpenStackJSONTargets.run(self, data)
        case .yaml, .cloudsYAML, .settings: ConfigurationTargets.run(self, data)
        case .po, .plural, .theme, .manifest: OperatorFileTargets.run(self, data)
        case .multipart, .cookie: BrowserInputTargets.run(self, data)
        }
    }
}
