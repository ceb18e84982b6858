extension PluginsSettings {
    /// Reads `plugins:`: `enabled`, and any other key must be a plugin id with `enabled`/`config`/`serves_visitors`.
    mutating func read(_ value: LocatedValue) throws(CloudConfigError) {
        for entry in try value.map() ?? [] {
            if entry.key == "enabled" {
                if let enabled = try entry.value.boolean() { self.enabled = enabled }
                continue
            }
            guard Self.isPluginID(entry.key) else {
                throw .unknownKey(
                    entry.keyLocation, keyPath: entry.keyPath, suggestion: nil,
                    known: ["enabled", "a plugin id such as support-tickets"])
            }
            let section = try SettingsMap(entry.value, known: ["enabled", "config", "serves_visitors"])
            var plugin = PluginSettings()
            if let enabled = try section["enabled"]?.boolean() { plugin.enabled = enabled }
            if let serves = try section["serves_visitors"]?.boolean() { plugin.servesVisitors = serves }
            if let config = section["config"] {
                for field in try config.map() ?? [] {
                    if let setting = Self.setting(field.node) { plugin.config[field.key] = setting }
                }
            }
            plugins[entry.key] = plugin
        }
    }

    private static func isPluginID(_ key: String) -> Bool {
        guard let first = key.first, first.isASCII, first.isLowercase else { return false }
        return key.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }

    private static func setting(_ node: ConfigNode) -> SettingValue? {
        switch node.value {
        case .scalar(let text, .string): return .string(text)
        case .scalar(let text, .integer): return Int(text).map(SettingValue.integer) ?? .string(text)
        case .scalar(let text, .float): return Double(text).map(SettingValue.number) ?? .string(text)
        case .scalar(let text, .boolean): return .boolean(["true", "yes", "on"].contains(text.lowercased()))
        case .scalar(_, .null): return nil
        case .list(let items): return .list(items.compactMap(setting))
        case .map(let entries):
            var fields: [String: SettingValue] = [:]
            for entry in entries {
                if let value = setting(entry.node) { fields[entry.key] = value }
            }
            return .map(fields)
        }
    }
}
