import CloudConfig
import Foundation
import OutboundHTTP

extension PluginCapabilities {
    /// Reads the `capabilities:` map of a manifest; errors name the line and column of the value.
    static func parse(_ node: ConfigNode?) throws(PluginError) -> PluginCapabilities {
        guard let node, !node.isNull else { return PluginCapabilities() }
        guard let entries = node.entries else {
            throw .invalidManifest(node.location, field: "capabilities", problem: "expected a map such as http: [https://example.org]")
        }
        var capabilities = PluginCapabilities()
        for entry in entries {
            let (key, location) = (entry.key, entry.node.location)
            let field = "capabilities.\(key)"
            guard kinds.contains(key) else {
                throw .invalidManifest(
                    entry.keyLocation, field: field, problem: "unknown capability; known ones are \(kinds.joined(separator: ", "))")
            }
            guard let items = entry.node.textList else {
                throw .invalidManifest(location, field: field, problem: "expected a list")
            }
            switch key {
            case "http":
                for item in items where HTTPOrigin(item) == nil && !item.hasPrefix(configOriginPrefix) {
                    throw .invalidManifest(
                        location, field: field, problem: "\"\(item)\" is not an http or https URL with a host, nor config:<url setting>")
                }
                capabilities.http = items
            case "secrets":
                for item in items where !Self.isSecretName(item) {
                    throw .invalidManifest(
                        location, field: field, problem: "\"\(item)\" is not a secret name (1 to 64 of a-z, 0-9 and _, such as api_token)")
                }
                capabilities.secrets = items
            case "ui":
                for item in items where !uiKinds.contains(item) {
                    throw .invalidManifest(location, field: field, problem: "\"\(item)\" is not one of \(uiKinds.joined(separator: ", "))")
                }
                capabilities.ui = items
            case "providers": capabilities.providers = items
            default:
                for item in items where !viewKinds.contains(item) {
                    throw .invalidManifest(location, field: field, problem: "\"\(item)\" is not one of \(viewKinds.joined(separator: ", "))")
                }
                capabilities.views = items
            }
        }
        return capabilities
    }

    /// Whether `name` may name a secret: 1 to 64 characters of `a-z`, `0-9` and `_` (see
    /// ``EnvironmentSecretStore`` for why).
    static func isSecretName(_ name: String) -> Bool {
        (1...64).contains(name.utf8.count) && name.utf8.allSatisfy { (0x61...0x7a).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5f }
    }
}

/// The scheme, host, port and path prefix of an allowed `http` capability entry.
struct HTTPOrigin: Sendable, Hashable {
    let scheme: String
    let host: String
    let port: Int
    let pathPrefix: String

    /// An http or https URL with a host, no user or password, and a path that means what it says
    /// (see ``hasPlainPath(_:)``).
    init?(_ text: String) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host?.lowercased(), !host.isEmpty,
            components.user == nil, components.password == nil, Self.hasPlainPath(components)
        else { return nil }
        self.scheme = scheme
        self.host = host
        self.port = components.port ?? (scheme == "https" ? 443 : 80)
        self.pathPrefix = components.path
    }

    /// Whether the URL's path can be compared with a path prefix as text: no `.` or `..` segment
    /// (also percent-encoded, such as `%2e%2e`), no encoded `/` or `\` and no `\` at all, each of
    /// which a server may resolve to a path outside the prefix that the text seems to be under.
    static func hasPlainPath(_ components: URLComponents) -> Bool {
        let raw = components.percentEncodedPath.lowercased()
        guard !raw.contains("%2f"), !raw.contains("%5c"), !raw.contains("\\") else { return false }
        return !components.path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == "." || $0 == ".." }
    }

    /// Whether the host is, by its own name, not on the public internet: `localhost` or a
    /// loopback, private or link-local address literal. A plugin whose manifest names such an
    /// origin may reach it; any other origin must resolve to public addresses only.
    var namesPrivateAddress: Bool {
        if host == "localhost" || host.hasSuffix(".localhost") { return true }
        return DestinationPolicy.addressLiteral(host).map { !DestinationPolicy.isPublic($0) } ?? false
    }

    /// Whether `other` (a request URL) is at this origin, under its path.
    func allows(_ other: HTTPOrigin) -> Bool {
        guard scheme == other.scheme, host == other.host, port == other.port else { return false }
        if pathPrefix.isEmpty || pathPrefix == "/" { return true }
        let prefix = pathPrefix.hasSuffix("/") ? pathPrefix : pathPrefix + "/"
        return other.pathPrefix == pathPrefix || other.pathPrefix.hasPrefix(prefix)
    }
}
