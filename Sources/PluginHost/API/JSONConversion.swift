import Foundation

/// JSON text ↔ Lua values for `exo.json` and `exo.http`.
///
/// A table with keys 1…n is an array, one with only string keys (or none) an object; JSON null
/// becomes nil (so it vanishes from objects). Since 1.1 a plugin chooses with `exo.json.array(t)`
/// and `exo.json.object(t)`, which the prelude turns into a marker key on the copy it hands over:
/// a table with ``arrayMarker`` is an array (`[]` when empty), one with ``objectMarker`` an object
/// whose integer keys become text.
enum JSONConversion {
    /// The key the prelude adds to a table marked with `exo.json.array` (a NUL byte first, so no
    /// plugin key can collide by accident).
    static let arrayMarker = LuaValue.text("\u{0}exo.json.array")
    /// The key the prelude adds to a table marked with `exo.json.object`.
    static let objectMarker = LuaValue.text("\u{0}exo.json.object")

    /// Encodes a value the C shim already bounded (values, bytes and depth) on its way out of Lua.
    static func encode(_ value: LuaValue) throws(HostMisuse) -> String {
        var output = ""
        try write(value, to: &output, depth: 0)
        return output
    }

    private static func write(_ value: LuaValue, to output: inout String, depth: Int) throws(HostMisuse) {
        guard depth < 32 else { throw HostMisuse("value nested too deeply for JSON") }
        switch value {
        case .nil: output += "null"
        case .boolean(let flag): output += flag ? "true" : "false"
        case .integer(let number): output += String(number)
        case .number(let number):
            guard number.isFinite else { throw HostMisuse("JSON cannot hold NaN or infinity") }
            output += number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : String(number)
        case .string(let string): writeString(string.text, to: &output)
        case .table(var entries):
            let markedArray = entries.removeValue(forKey: arrayMarker) != nil
            let markedObject = entries.removeValue(forKey: objectMarker) != nil
            let items = LuaValue.table(entries).listItems
            if markedArray && items.count != entries.count {
                throw HostMisuse("a table marked with exo.json.array may only have keys 1…n")
            }
            if markedArray || (!markedObject && items.count == entries.count && !entries.isEmpty) {
                output += "["
                for (index, item) in items.enumerated() {
                    if index > 0 { output += "," }
                    try write(item, to: &output, depth: depth + 1)
                }
                output += "]"
                return
            }
            var fields: [(String, LuaValue)] = []
            for (key, item) in entries {
                let text = key.text ?? (markedObject ? key.integerKeyText : nil)
                guard let name = text else { throw HostMisuse("JSON objects need string keys, got a \(key.typeName) key") }
                fields.append((name, item))
            }
            output += "{"
            for (index, field) in fields.sorted(by: { $0.0 < $1.0 }).enumerated() {
                if index > 0 { output += "," }
                writeString(field.0, to: &output)
                output += ":"
                try write(field.1, to: &output, depth: depth + 1)
            }
            output += "}"
        case .function, .opaque: throw HostMisuse("JSON cannot hold a \(value.typeName)")
        }
    }

    private static func writeString(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    output += String(format: "\\u%04x", scalar.value)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }

    /// Decodes without a size check: only for ``decodeBounded(_:)``, which measures the text first.
    static func decodeUnchecked(_ bytes: [UInt8]) throws -> LuaValue {
        try JSONDecoder().decode(JSONNode.self, from: Data(bytes)).luaValue
    }
}

extension LuaValue {
    /// An integer key (or a float with an integral value) as decimal text, for marked objects.
    fileprivate var integerKeyText: String? {
        switch self {
        case .integer(let number): return String(number)
        case .number(let number) where number == number.rounded() && abs(number) < 1e15: return String(Int64(number))
        default: return nil
        }
    }
}

/// A JSON document read with JSONDecoder, which keeps booleans and numbers apart.
private enum JSONNode: Decodable {
    case null, boolean(Bool), integer(Int64), number(Double), string(String), array([JSONNode]), object([String: JSONNode])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let flag = try? container.decode(Bool.self) { self = .boolean(flag) }
        else if let number = try? container.decode(Int64.self) { self = .integer(number) }
        else if let number = try? container.decode(Double.self) { self = .number(number) }
        else if let text = try? container.decode(String.self) { self = .string(text) }
        else if let items = try? container.decode([JSONNode].self) { self = .array(items) }
        else { self = .object(try container.decode([String: JSONNode].self)) }
    }

    var luaValue: LuaValue {
        switch self {
        case .null: return .nil
        case .boolean(let flag): return .boolean(flag)
        case .integer(let number): return .integer(number)
        case .number(let number): return .number(number)
        case .string(let text): return .text(text)
        case .array(let items): return .list(items.map(\.luaValue))
        case .object(let fields): return .record(fields.mapValues(\.luaValue).filter { !$0.value.isNil })
        }
    }
}
