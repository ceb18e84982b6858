import Foundation

/// A parsed JSON value, for reading raw response bodies.
enum JSONNode: Decodable, Sendable, Hashable {
    case object([String: JSONNode])
    case array([JSONNode])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    /// Parses `data`.
    static func parse(_ data: Data) throws -> JSONNode {
        try JSONDecoder().decode(JSONNode.self, from: data)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONNode].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONNode].self))
        }
    }

    /// The member `key` of an object.
    subscript(key: String) -> JSONNode? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The elements of an array; empty for anything else.
    var elements: [JSONNode] {
        if case .array(let values) = self { return values }
        return []
    }

    /// Every string anywhere inside, depth first.
    var allStrings: [String] {
        switch self {
        case .string(let text): [text]
        case .array(let values): values.flatMap(\.allStrings)
        case .object(let members): members.values.flatMap(\.allStrings)
        default: []
        }
    }

    /// The JSON type's name: `object`, `array`, `string`, `number`, `bool` or `null`.
    var kind: String {
        switch self {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number: "number"
        case .bool: "bool"
        case .null: "null"
        }
    }
}
