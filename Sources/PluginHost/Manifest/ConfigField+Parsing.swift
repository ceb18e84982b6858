import Yams

extension ConfigField {
    static let knownKeys = ["type", "required", "default", "description", "values", "between", "pattern", "secret"]

    /// Reads the `config:` map of a manifest; each field is checked against the meta-schema.
    static func parseSchema(_ node: Node?, path: String) throws(PluginError) -> [ConfigField] {
        guard let node, node.tagName != .null else { return [] }
        guard let entries = YAMLValue.entries(node) else {
            throw .invalidManifest(path: path, field: "config", problem: "expected a map of setting names to their schema")
        }
        var fields: [ConfigField] = []
        for (name, value) in entries {
            fields.append(try parseField(name, value, path: path))
        }
        return fields
    }

    private static func parseField(_ name: String, _ node: Node, path: String) throws(PluginError) -> ConfigField {
        let prefix = "config.\(name)"
        guard let entries = YAMLValue.entries(node) else {
            throw .invalidManifest(path: path, field: prefix, problem: "expected a map with type and description")
        }
        for entry in entries where !knownKeys.contains(entry.key) {
            throw .invalidManifest(path: path, field: "\(prefix).\(entry.key)", problem: "unknown key; known keys are \(knownKeys.joined(separator: ", "))")
        }
        let keys = Dictionary(entries, uniquingKeysWith: { _, last in last })
        guard let typeName = YAMLValue.text(keys["type"]) else {
            throw .invalidManifest(path: path, field: "\(prefix).type", problem: "is required")
        }
        guard let kind = Kind(rawValue: typeName) else {
            throw .invalidManifest(
                path: path, field: "\(prefix).type",
                problem: "\"\(typeName)\" is not one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let description = YAMLValue.text(keys["description"]), !description.isEmpty else {
            throw .invalidManifest(path: path, field: "\(prefix).description", problem: "is required (it becomes the docs and the settings form)")
        }
        var field = ConfigField(name: name, kind: kind, description: description)
        field.required = try flag(keys["required"], field: "\(prefix).required", path: path)
        field.secret = try flag(keys["secret"], field: "\(prefix).secret", path: path)
        if let values = keys["values"] {
            guard let items = YAMLValue.textList(values), !items.isEmpty else {
                throw .invalidManifest(path: path, field: "\(prefix).values", problem: "expected a non-empty list")
            }
            field.values = items
        }
        if kind == .enum, field.values.isEmpty {
            throw .invalidManifest(path: path, field: "\(prefix).values", problem: "an enum needs its list of values")
        }
        if let between = keys["between"] {
            guard let bounds = between.sequence?.compactMap(\.float), bounds.count == 2, bounds[0] <= bounds[1] else {
                throw .invalidManifest(path: path, field: "\(prefix).between", problem: "expected [minimum, maximum]")
            }
            field.between = bounds[0]...bounds[1]
        }
        if let pattern = YAMLValue.text(keys["pattern"]) {
            guard (try? Regex(pattern)) != nil else {
                throw .invalidManifest(path: path, field: "\(prefix).pattern", problem: "is not a valid regular expression")
            }
            field.pattern = pattern
        }
        if let written = keys["default"], let value = YAMLValue.configValue(written) {
            do {
                field.defaultValue = try field.validate(value)
            } catch {
                throw .invalidManifest(path: path, field: "\(prefix).default", problem: error.problem)
            }
        }
        return field
    }

    private static func flag(_ node: Node?, field: String, path: String) throws(PluginError) -> Bool {
        guard let node else { return false }
        guard node.tagName == .bool, let value = node.bool else {
            throw .invalidManifest(path: path, field: field, problem: "expected true or false")
        }
        return value
    }
}
