/// One setting in a manifest's `config:` schema.
public struct ConfigField: Sendable, Hashable {
    /// The types a setting may have.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case string, integer, number, boolean, url, `enum`, array, map
    }

    /// The key, as written under `config:`.
    public var name: String
    /// The value's type.
    public var kind: Kind
    /// Whether an operator must set it (a field with a default never needs to be set).
    public var required: Bool
    /// The value used when the operator sets none.
    public var defaultValue: PluginConfigValue?
    /// What it is for; shown in docs and the settings form.
    public var description: String
    /// The allowed values of an `enum`.
    public var values: [String]
    /// Inclusive bounds for `integer` and `number`.
    public var between: ClosedRange<Double>?
    /// A regular expression a `string` must match in full.
    public var pattern: String?
    /// Whether the value is a secret that must never be logged.
    public var secret: Bool

    /// Creates a field.
    public init(
        name: String, kind: Kind, required: Bool = false, defaultValue: PluginConfigValue? = nil, description: String,
        values: [String] = [], between: ClosedRange<Double>? = nil, pattern: String? = nil, secret: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.required = required
        self.defaultValue = defaultValue
        self.description = description
        self.values = values
        self.between = between
        self.pattern = pattern
        self.secret = secret
    }
}

/// A configuration value, from `plugin.yaml` defaults or the operator's settings file.
public enum PluginConfigValue: Sendable, Hashable {
    case string(String)
    case integer(Int)
    case number(Double)
    case boolean(Bool)
    case list([PluginConfigValue])
    case map([String: PluginConfigValue])

    /// The value as Lua sees it through `exo.config.get`.
    public var luaValue: LuaValue {
        switch self {
        case .string(let text): return .text(text)
        case .integer(let number): return .integer(Int64(number))
        case .number(let number): return .number(number)
        case .boolean(let flag): return .boolean(flag)
        case .list(let items): return .list(items.map(\.luaValue))
        case .map(let fields): return .record(fields.mapValues(\.luaValue))
        }
    }

    /// A short phrase for errors; never the text itself, which may be a secret.
    var kindDescription: String {
        switch self {
        case .string: return "text"
        case .integer(let number): return "the number \(number)"
        case .number(let number): return "the number \(number)"
        case .boolean(let flag): return "the boolean \(flag)"
        case .list: return "a list"
        case .map: return "a map"
        }
    }
}
