import Yams

/// Reading YAML (and JSON, which YAML reads too) into a ``ConfigNode`` tree with Yams' `Node` API,
/// which keeps the line and column of every key and value (plain `Codable` decoding loses them).
extension ConfigNode {
    /// Parses one YAML document; `nil` when the text holds no document at all.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - file: The path, for error locations.
    ///   - limits: How large the file and the values it expands to may be.
    ///   - normalizingKeys: Whether to spell every `-` in a key as `_`, as openstacksdk's
    ///     `_util.normalize_keys` does for clouds.yaml; two keys that become equal are an error.
    ///     Top-level keys (`clouds`, `public-clouds`) and cloud names keep their spelling, as
    ///     openstacksdk only normalises the settings inside a cloud.
    /// - Throws: ``CloudConfigError`` naming the file, line and column of invalid YAML, a duplicate
    ///   key or a value past `limits`.
    public static func parse(
        yaml text: String, file: String, limits: YAMLLimits = .configuration, normalizingKeys: Bool = false
    ) throws(CloudConfigError) -> ConfigNode? {
        guard text.utf8.count <= limits.maximumBytes else {
            throw .exceedsLimit(.file(file), limit: .bytes(limits.maximumBytes))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, file: file)
        } catch {
            throw .invalidSyntax(.file(file), problem: "the YAML parser failed")
        }
        guard let root else { return nil }
        var converter = YAMLConverter(file: file, limits: limits, normalizingKeys: normalizingKeys)
        return try converter.convert(root, keyPath: "", depth: 0)
    }

    // Only the parser's short problem text and position are kept: `YamlError.description` quotes the
    // offending line, which could hold a password.
    private static func syntaxError(_ error: YamlError, file: String) -> CloudConfigError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text) at line \($0.mark.line))" } ?? problem
            return .invalidSyntax(.file(file, line: mark.line, column: mark.column), problem: detail)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .duplicateKey(
                .file(file, line: context.mark.line, column: context.mark.column),
                keyPath: duplicates.joined(separator: ", "), firstLine: nil)
        case .reader(let problem, _, _, _):
            return .invalidSyntax(.file(file), problem: problem)
        default:
            return .invalidSyntax(.file(file), problem: "the YAML parser failed")
        }
    }
}

/// Walks a Yams `Node` tree, turning it into ``ConfigNode`` values with their positions.
private struct YAMLConverter {
    let file: String
    let limits: YAMLLimits
    let normalizingKeys: Bool
    /// How many more values may be converted. Aliases share one node in Yams' tree but become
    /// copies here, so this counts every use of an alias (see ``YAMLLimits``).
    private var budget: Int

    init(file: String, limits: YAMLLimits, normalizingKeys: Bool) {
        self.file = file
        self.limits = limits
        self.normalizingKeys = normalizingKeys
        budget = limits.maximumValues
    }

    mutating func convert(_ node: Node, keyPath: String, depth: Int) throws(CloudConfigError) -> ConfigNode {
        let location = self.location(of: node)
        budget -= 1
        guard budget >= 0 else { throw .exceedsLimit(location, limit: .values(limits.maximumValues)) }
        guard depth <= limits.maximumDepth else { throw .exceedsLimit(location, limit: .depth(limits.maximumDepth)) }
        switch node {
        case .scalar(let scalar):
            return ConfigNode(value: .scalar(scalar.string, Self.kind(of: node)), location: location)
        case .sequence(let sequence):
            var items: [ConfigNode] = []
            for (index, item) in sequence.enumerated() {
                items.append(try convert(item, keyPath: "\(keyPath)[\(index)]", depth: depth + 1))
            }
            return ConfigNode(value: .list(items), location: location)
        case .mapping(let mapping):
            return ConfigNode(value: .map(try entries(of: mapping, keyPath: keyPath, depth: depth)), location: location)
        case .alias:
            // Yams' composer replaces aliases by the nodes they name, so none reach this point.
            return ConfigNode(value: .scalar("", .null), location: location)
        }
    }

    private mutating func entries(of mapping: Node.Mapping, keyPath: String, depth: Int) throws(CloudConfigError) -> [ConfigEntry] {
        var explicit: [ConfigEntry] = []
        var merged: [ConfigEntry] = []
        for (keyNode, valueNode) in mapping {
            guard case .scalar(let scalar) = keyNode else {
                throw .wrongType(
                    location(of: keyNode), keyPath: keyPath.isEmpty ? CloudConfigError.topLevel : keyPath,
                    expected: "a map with plain keys", found: "a map with a list or map as a key")
            }
            if keyNode.tag.description == Tag.Name.merge.rawValue {
                merged += try mergeEntries(valueNode, keyPath: keyPath, depth: depth + 1)
                continue
            }
            let normalizes = normalizingKeys && keyPath.contains(".")
            let key = normalizes ? scalar.string.replacing("-", with: "_") : scalar.string
            let path = keyPath.isEmpty ? key : "\(keyPath).\(key)"
            let keyLocation = location(of: keyNode)
            if let first = explicit.first(where: { $0.key == key }) {
                throw .duplicateKey(keyLocation, keyPath: path, firstLine: first.keyLocation.line)
            }
            explicit.append(
                ConfigEntry(
                    key: key, keyPath: path, keyLocation: keyLocation,
                    node: try convert(valueNode, keyPath: path, depth: depth + 1)))
        }
        // YAML merge keys (`<<: *defaults`): keys written in the map win over merged ones.
        let written = Set(explicit.map(\.key))
        var seen = Set<String>()
        let inherited = merged.filter { !written.contains($0.key) && seen.insert($0.key).inserted }
        return inherited + explicit
    }

    private mutating func mergeEntries(_ node: Node, keyPath: String, depth: Int) throws(CloudConfigError) -> [ConfigEntry] {
        let converted = try convert(node, keyPath: keyPath, depth: depth)
        if let entries = converted.entries { return entries }
        if case .list(let items) = converted.value {
            var entries: [ConfigEntry] = []
            for item in items {
                guard let itemEntries = item.entries else {
                    throw .wrongType(
                        item.location, keyPath: "\(keyPath).<<", expected: "a map", found: item.kindDescription)
                }
                entries += itemEntries
            }
            return entries
        }
        throw .wrongType(
            converted.location, keyPath: "\(keyPath).<<", expected: "a map", found: converted.kindDescription)
    }

    private func location(of node: Node) -> SourceLocation {
        .file(file, line: node.mark?.line, column: node.mark?.column)
    }

    private static func kind(of node: Node) -> ConfigNode.ScalarKind {
        switch node.tag.description {
        case Tag.Name.int.rawValue: return .integer
        case Tag.Name.float.rawValue: return .float
        case Tag.Name.bool.rawValue: return .boolean
        case Tag.Name.null.rawValue: return .null
        default: return .string
        }
    }
}
