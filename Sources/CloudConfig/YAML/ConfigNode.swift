/// A parsed configuration value that remembers where it was written.
///
/// Files are read once with Yams' `Node` API into this tree (see `ConfigNode+Yams.swift`) and the
/// environment is turned into one (see `CloudCatalogue+Environment.swift`), so merging clouds.yaml,
/// secure.yaml, clouds-public.yaml and `OS_*` variables keeps the position of every value for errors.
/// It is Exosphere's one YAML reader: plugin manifests and themes are read into it as well, within
/// ``YAMLLimits``, so every YAML error names its file, line and column.
public struct ConfigNode: Sendable {
    /// The YAML type a plain scalar resolved to; quoted scalars are always `.string`.
    public enum ScalarKind: Sendable {
        /// Text, and every plain scalar that resolves to no other type.
        case string
        /// A whole number such as `3`.
        case integer
        /// A number with a fraction or exponent such as `4.5`.
        case float
        /// `true`, `false`, `yes`, `no`, `on` or `off`.
        case boolean
        /// `~`, `null` or nothing at all.
        case null
    }

    /// What the node holds.
    public enum Value: Sendable {
        /// A scalar, as written, and the type it resolved to.
        case scalar(String, ScalarKind)
        /// A map's entries in file order, merge keys (`<<`) resolved.
        case map([ConfigEntry])
        /// A list's items.
        case list([ConfigNode])
    }

    /// What the node holds.
    public internal(set) var value: Value
    /// Where the node is written.
    public internal(set) var location: SourceLocation

    /// The entries when this is a map.
    public var entries: [ConfigEntry]? {
        if case .map(let entries) = value { return entries }
        return nil
    }

    /// The entry for `key` when this is a map.
    public func entry(_ key: String) -> ConfigEntry? {
        entries?.last { $0.key == key }
    }

    /// The value under `key` when this is a map.
    public subscript(key: String) -> ConfigNode? {
        entry(key)?.node
    }

    /// Whether this is a YAML null (`~`, `null` or nothing after the colon).
    public var isNull: Bool {
        if case .scalar(_, .null) = value { return true }
        return false
    }

    /// The scalar's text as written, whatever type it resolved to; `nil` for maps, lists, null and "".
    ///
    /// openstacksdk turns numbers into strings (`_util.normalize_keys`), so `project_id: 12345` is
    /// the text "12345"; keeping the written text also keeps `2.10` from becoming `2.1`.
    public var text: String? {
        guard case .scalar(let text, let kind) = value, kind != .null, !text.isEmpty else { return nil }
        return text
    }

    /// A short English phrase for what this value is, safe to show: it never contains the text of
    /// a string, which might be a secret.
    public var kindDescription: String {
        switch value {
        case .map: return "a map"
        case .list: return "a list"
        case .scalar(let text, .integer), .scalar(let text, .float): return "the number \(text)"
        case .scalar(let text, .boolean): return "the boolean \(text)"
        case .scalar(_, .null): return "an empty value"
        case .scalar: return "text"
        }
    }
}

/// One `key: value` pair of a map, with the position of the key.
public struct ConfigEntry: Sendable {
    /// The key as written (with `-` spelled `_` where keys are normalised).
    public internal(set) var key: String
    /// The dotted path in the file it came from (`clouds.mycloud.auth.password`), or the
    /// environment variable's name; kept through merges so errors name the place to edit.
    public internal(set) var keyPath: String
    /// Where the key is written.
    public internal(set) var keyLocation: SourceLocation
    /// The value.
    public internal(set) var node: ConfigNode

    /// The value together with its key path, ready to be read as a typed setting.
    public var value: LocatedValue { LocatedValue(node: node, keyPath: keyPath) }
}
