import CloudConfig

extension ConfigField {
    static let knownKeys = ["type", "required", "default", "description", "values", "between", "pattern", "secret"]

    /// Reads the `config:` map of a manifest; each field is checked against the meta-schema, and
    /// errors name the line and column of the value at fault.
    static func parseSchema(_ node: ConfigNode?) throws(PluginError) -> [ConfigField] {
        guard let node, !node.isNull else { return [] }
        guard let entries = node.entries else {
            throw .invalidManifest(node.location, field: "config", problem: "expected a map of setting names to their schema")
        }
        var fields: [ConfigField] = []
        for entry in entries {
            fields.append(try parseField(entry.key, entry.node))
        }
        return fields
    }

    private static func parseField(_ name: String, _ node: ConfigNode) throws(PluginError) -> ConfigField {
        let prefix = "config.\(name)"
        guard let entries = node.entries else {
            throw .invalidManifest(node.location, field: prefix, problem: "expected a map with type and description")
        }
        for entry in entries where !knownKeys.contains(entry.key) {
            throw .invalidManifest(
                entry.keyLocation, field: "\(prefix).\(entry.key)", problem: "unknown key; known keys are \(knownKeys.joined(separator: ", "))")
        }
        guard let typeName = node["type"]?.scalarText else {
            throw .invalidManifest(node["type"]?.location ?? node.location, field: "\(prefix).type", problem: "is required")
        }
        guard let kind = Kind(rawValue: typeName) else {
            throw .invalidManifest(
                node["type"]?.location ?? node.location, field: "\(prefix).type",
                problem: "\"\(typeName)\" is not one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard let description = node["description"]?.scalarText, !description.isEmpty else {
            throw .invalidManifest(
                node["description"]?.location ?? node.location, field: "\(prefix).description",
                problem: "is required (it becomes the docs and the settings form)")
        }
        var field = ConfigField(name: name, kind: kind, description: description)
        field.required = try flag(node["required"], field: "\(prefix).required")
        field.secret = try flag(node["secret"], field: "\(prefix).secret")
        if let values = node["values"] {
            guard let items = values.textList, !items.isEmpty else {
                throw .invalidManifest(values.location, field: "\(prefix).values", problem: "expected a non-empty list")
            }
            field.values = items
        }
        if kind == .enum, field.values.isEmpty {
            throw .invalidManifest(node.location, field: "\(prefix).values", problem: "an enum needs its list of values")
        }
        if let between = node["between"] {
            field.between = try bounds(between, field: "\(prefix).between")
        }
        if let written = node["pattern"], let pattern = written.scalarText {
            guard (try? Regex(pattern)) != nil else {
                throw .invalidManifest(written.location, field: "\(prefix).pattern", problem: "is not a valid regular expression")
            }
            field.pattern = pattern
        }
        if let written = node["default"], let value = written.pluginValue {
            do {
                field.defaultValue = try field.validate(value)
            } catch {
                throw .invalidManifest(written.location, field: "\(prefix).default", problem: error.problem)
            }
        }
        return field
    }

    private static func bounds(_ node: ConfigNode, field: String) throws(PluginError) -> ClosedRange<Double> {
        guard case .list(let items) = node.value else {
            throw .invalidManifest(node.location, field: field, problem: "expected [minimum, maximum]")
        }
        let bounds = items.compactMap(\.number)
        guard bounds.count == 2, let minimum = bounds.first, let maximum = bounds.last, minimum <= maximum else {
            throw .invalidManifest(node.location, field: field, problem: "expected [minimum, maximum]")
        }
        return minimum...maximum
    }

    private static func flag(_ node: ConfigNode?, field: String) throws(PluginError) -> Bool {
        guard let node else { return false }
        guard let value = node.boolean else {
            throw .invalidManifest(node.location, field: field, problem: "expected true or false")
        }
        return value
    }
}
