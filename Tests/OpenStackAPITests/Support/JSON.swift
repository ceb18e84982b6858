import Foundation

@testable import OpenStackAPI

/// The client's own `JSONValue`, compared structurally to assert request bodies against fixtures.
typealias JSON = JSONValue

extension JSONValue {
    static func parse(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }
}

extension JSONValue: CustomStringConvertible {
    public var description: String {
        switch self {
        case .object(let members):
            "{" + members.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ", ") + "}"
        case .array(let values): "[" + values.map(\.description).joined(separator: ", ") + "]"
        case .string(let value): "\"\(value)\""
        case .number(let value): String(value)
        case .bool(let value): String(value)
        case .null: "null"
        }
    }
}
