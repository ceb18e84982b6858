import Foundation

/// JSON text ↔ Lua values for `exo.json` and `exo.http`.
///
/// A table with keys 1…n (or no keys) is an array, one with only string keys an object; JSON null
/// becomes nil (so it vanishes from objects).
enum JSONConversion {
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
        case .table(let entries):
            let items = value.listItems
            if items.count == entries.count && !entries.isEmpty {
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
                guard let name = key.text else { throw HostMisuse("JSON objects need string keys, got a \(key.typeName) key") }
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

    static func decode(_ bytes: [UInt8]) throws -> LuaValue {
        try JSONDecoder().decode(JSONNode.self, from: Data(bytes)).luaValue
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
