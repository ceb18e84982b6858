import Yams

/// Reading Yams nodes as typed manifest and settings values.
enum YAMLValue {
    /// A scalar, list or map as a ``PluginConfigValue``; `nil` for YAML null.
    static func configValue(_ node: Node) -> PluginConfigValue? {
        switch node {
        case .scalar(let scalar):
            switch node.tagName {
            case .null: return nil
            case .bool: return node.bool.map(PluginConfigValue.boolean) ?? .string(scalar.string)
            case .int: return node.int.map(PluginConfigValue.integer) ?? .string(scalar.string)
            case .float: return node.float.map(PluginConfigValue.number) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .sequence(let sequence):
            return .list(sequence.compactMap(configValue))
        case .mapping(let mapping):
            var fields: [String: PluginConfigValue] = [:]
            for (key, value) in mapping {
                if let name = key.string, let converted = configValue(value) { fields[name] = converted }
            }
            return .map(fields)
        case .alias:
            return nil
        }
    }

    /// The entries of a map node, in order, with text keys.
    static func entries(_ node: Node) -> [(key: String, value: Node)]? {
        guard let mapping = node.mapping else { return nil }
        return mapping.compactMap { key, value in key.string.map { ($0, value) } }
    }

    /// A plain text scalar (numbers and booleans count as text, as written).
    static func text(_ node: Node?) -> String? {
        guard let node, case .scalar(let scalar) = node, node.tagName != .null else { return nil }
        return scalar.string
    }

    /// The items of a list of text scalars; `nil` when the node is not such a list.
    static func textList(_ node: Node) -> [String]? {
        guard let sequence = node.sequence else { return nil }
        var items: [String] = []
        for item in sequence {
            guard let text = text(item) else { return nil }
            items.append(text)
        }
        return items
    }
}

extension Node {
    /// The node's resolved tag (`tag:yaml.org,2002:int` for a plain `3`).
    var tagName: Tag.Name { Tag.Name(rawValue: tag.rawValue) }
}
