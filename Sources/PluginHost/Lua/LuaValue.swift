/// A Lua value copied out of (or into) a plugin's state.
///
/// Tables are copied whole; functions stay in the state and cross as a ``LuaFunctionReference``.
public enum LuaValue: Sendable, Hashable {
    case `nil`
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    /// A Lua string: bytes, usually UTF-8 text.
    case string(LuaString)
    case table([LuaValue: LuaValue])
    case function(LuaFunctionReference)
    /// A value that cannot leave Lua (userdata, thread), by its type name.
    case opaque(String)

    /// A string value from text.
    public static func text(_ text: String) -> LuaValue { .string(LuaString(text)) }

    /// A table from a Swift dictionary with text keys.
    public static func record(_ fields: [String: LuaValue]) -> LuaValue {
        .table(Dictionary(uniqueKeysWithValues: fields.map { (LuaValue.text($0.key), $0.value) }))
    }

    /// A sequence (keys 1…n).
    public static func list(_ items: [LuaValue]) -> LuaValue {
        .table(Dictionary(uniqueKeysWithValues: items.enumerated().map { (LuaValue.integer(Int64($0.offset + 1)), $0.element) }))
    }

    /// The text of a string value.
    public var text: String? {
        if case .string(let string) = self { return string.text }
        return nil
    }

    /// The value of a field of a table, by text key.
    public subscript(field: String) -> LuaValue {
        guard case .table(let entries) = self else { return .nil }
        return entries[.text(field)] ?? .nil
    }

    /// The items 1…n of a table used as a sequence, stopping at the first gap.
    public var listItems: [LuaValue] {
        guard case .table(let entries) = self else { return [] }
        var items: [LuaValue] = []
        while let item = entries[.integer(Int64(items.count + 1))] { items.append(item) }
        return items
    }

    /// Whether this is `nil`.
    public var isNil: Bool { self == .nil }

    /// Lua's name for the value's type, as `type()` returns it.
    public var typeName: String {
        switch self {
        case .nil: return "nil"
        case .boolean: return "boolean"
        case .integer, .number: return "number"
        case .string: return "string"
        case .table: return "table"
        case .function: return "function"
        case .opaque(let name): return name
        }
    }
}

/// The bytes of a Lua string; Lua strings may hold any bytes, not only UTF-8.
public struct LuaString: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The raw bytes.
    public var bytes: [UInt8]

    /// A string from raw bytes.
    public init(bytes: [UInt8]) { self.bytes = bytes }
    /// A string from text, as UTF-8.
    public init(_ text: String) { self.bytes = Array(text.utf8) }
    /// A string from a literal.
    public init(stringLiteral value: String) { self.init(value) }

    /// The bytes as text, invalid UTF-8 replaced by U+FFFD.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
    /// Same as ``text``.
    public var description: String { text }
}

/// A function that lives in a plugin's Lua state, kept alive by a registry reference.
public struct LuaFunctionReference: Sendable, Hashable {
    /// The registry reference; meaningful only in the state that made it.
    public let reference: Int64
}
