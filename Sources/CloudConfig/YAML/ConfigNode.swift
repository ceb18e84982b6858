/// A parsed configuration value that remembers where it was written.
///
/// Files are read once with Yams' `Node` API into this tree (see `ConfigNode+Yams.swift`) and the
/// environment is turned into one (see `CloudCatalogue+Environment.swift`), so merging clouds.yaml,
/// secure.yaml, clouds-public.yaml and `OS_*` variables keeps the position of every value for errors.
struct ConfigNode: Sendable {
    /// The YAML type a plain scalar resolved to; quoted scalars are always `.string`.
    enum ScalarKind: Sendable {
        case string, integer, float, boolean, null
    }

    enum Value: Sendable {
        case scalar(String, ScalarKind)
        case map([ConfigEntry])
        case list([ConfigNode])
    }

    var value: Value
    var location: SourceLocation

    /// The entries when this is a map.
    var entries: [ConfigEntry]? {
        if case .map(let entries) = value { return entries }
        return nil
    }

    /// The entry for `key` when this is a map.
    func entry(_ key: String) -> ConfigEntry? {
        entries?.last { $0.key == key }
    }

    /// The value under `key` when this is a map.
    subscript(key: String) -> ConfigNode? {
        entry(key)?.node
    }

    /// Whether this is a YAML null (`~`, `null` or nothing after the colon).
    var isNull: Bool {
        if case .scalar(_, .null) = value { return true }
        return false
    }

    /// The scalar's text as written, whatever type it resolved to; `nil` for maps, lists, null and "".
    ///
    /// openstacksdk turns numbers into strings (`_util.normalize_keys`), so `project_id: 12345` is
    /// the text "12345"; keeping the written text also keeps `2.10` from becoming `2.1`.
    var text: String? {
        guard case .scalar(let text, let kind) = value, kind != .null, !text.isEmpty else { return nil }
        return text
    }

    /// A short English phrase for what this value is, safe to show: it never contains the text of
    /// a string, which might be a secret.
    var kindDescription: String {
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
struct ConfigEntry: Sendable {
    var key: String
    /// The dotted path in the file it came from (`clouds.mycloud.auth.password`), or the
    /// environment variable's name; kept through merges so errors name the place to edit.
    var keyPath: String
    var keyLocation: SourceLocation
    var node: ConfigNode

    /// The value together with its key path, ready to be read as a typed setting.
    var value: LocatedValue { LocatedValue(node: node, keyPath: keyPath) }
}
