import Foundation

@testable import OpenStackAPI

/// A parsed JSON value, for reading raw response bodies: the client's own `JSONValue`.
typealias JSONNode = JSONValue

extension JSONValue {
    /// Parses `data`.
    static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }

    /// The elements of an array; empty for anything else.
    var elements: [JSONValue] {
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
