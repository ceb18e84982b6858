import CloudConfig

/// Reading YAML values from plugin files (`plugin.yaml`, a test's settings and views).
extension ConfigNode {
    /// A scalar's text as written, numbers and booleans included; `nil` for null, lists and maps.
    var scalarText: String? {
        guard case .scalar(let text, let kind) = value, kind != .null else { return nil }
        return text
    }

    /// The items of a list of scalars, as written; `nil` when this is not such a list.
    var textList: [String]? {
        guard case .list(let items) = value else { return nil }
        var texts: [String] = []
        for item in items {
            guard let text = item.scalarText else { return nil }
            texts.append(text)
        }
        return texts
    }

    /// A YAML boolean (`true`, `yes`, `on`, `false`, …); `nil` for anything else, text included.
    var boolean: Bool? {
        guard case .scalar(let text, .boolean) = value else { return nil }
        return ["true", "yes", "on"].contains(text.lowercased())
    }

    /// A number, written as a YAML number or as text such as "2.5"; `nil` for anything else.
    var number: Double? {
        guard case .scalar(let text, let kind) = value, kind != .boolean, kind != .null else { return nil }
        return Double(text)
    }

    /// A scalar, list or map as a ``PluginConfigValue``; `nil` for YAML null. Nulls inside a list
    /// or map are left out, as if not written.
    var pluginValue: PluginConfigValue? {
        switch value {
        case .scalar(_, .null): return nil
        case .scalar(let text, .boolean): return boolean.map(PluginConfigValue.boolean) ?? .string(text)
        case .scalar(let text, .integer): return Int(text).map(PluginConfigValue.integer) ?? .string(text)
        case .scalar(let text, .float): return Double(text).map(PluginConfigValue.number) ?? .string(text)
        case .scalar(let text, .string): return .string(text)
        case .list(let items): return .list(items.compactMap(\.pluginValue))
        case .map(let entries):
            var fields: [String: PluginConfigValue] = [:]
            for entry in entries {
                if let converted = entry.node.pluginValue { fields[entry.key] = converted }
            }
            return .map(fields)
        }
    }
}
