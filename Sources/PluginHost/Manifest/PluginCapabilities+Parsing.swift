import Foundation
import Yams

extension PluginCapabilities {
    static func parse(_ node: Node?, path: String) throws(PluginError) -> PluginCapabilities {
        guard let node, node.tagName != .null else { return PluginCapabilities() }
        guard let entries = YAMLValue.entries(node) else {
            throw .invalidManifest(path: path, field: "capabilities", problem: "expected a map such as http: [https://example.org]")
        }
        var capabilities = PluginCapabilities()
        for (key, value) in entries {
            let field = "capabilities.\(key)"
            guard kinds.contains(key) else {
                throw .invalidManifest(path: path, field: field, problem: "unknown capability; known ones are \(kinds.joined(separator: ", "))")
            }
            guard let items = YAMLValue.textList(value) else {
                throw .invalidManifest(path: path, field: field, problem: "expected a list")
            }
            switch key {
            case "http":
                for item in items where HTTPOrigin(item) == nil && !item.hasPrefix(configOriginPrefix) {
                    throw .invalidManifest(
                        path: path, field: field, problem: "\"\(item)\" is not an http or https URL with a host, nor config:<url setting>")
                }
                capabilities.http = items
            case "secrets": capabilities.secrets = items
            case "ui":
                for item in items where !uiKinds.contains(item) {
                    throw .invalidManifest(path: path, field: field, problem: "\"\(item)\" is not one of \(uiKinds.joined(separator: ", "))")
                }
                capabilities.ui = items
            case "providers": capabilities.providers = items
            default:
                for item in items where !viewKinds.contains(item) {
                    throw .invalidManifest(path: path, field: field, problem: "\"\(item)\" is not one of \(viewKinds.joined(separator: ", "))")
                }
                capabilities.views = items
            }
        }
        return capabilities
    }
}

/// The scheme, host, port and path prefix of an allowed `http` capability entry.
struct HTTPOrigin: Sendable, Hashable {
    let scheme: String
    let host: String
    let port: Int
    let pathPrefix: String

    init?(_ text: String) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = components.host?.lowercased(), !host.isEmpty,
            components.user == nil, components.password == nil
        else { return nil }
        self.scheme = scheme
        self.host = host
        self.port = components.port ?? (scheme == "https" ? 443 : 80)
        self.pathPrefix = components.path
    }

    /// Whether `other` (a request URL) is at this origin, under its path.
    func allows(_ other: HTTPOrigin) -> Bool {
        guard scheme == other.scheme, host == other.host, port == other.port else { return false }
        if pathPrefix.isEmpty || pathPrefix == "/" { return true }
        let prefix = pathPrefix.hasSuffix("/") ? pathPrefix : pathPrefix + "/"
        return other.pathPrefix == pathPrefix || other.pathPrefix.hasPrefix(prefix)
    }
}
