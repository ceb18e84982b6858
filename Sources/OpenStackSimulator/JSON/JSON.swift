/// A JSON value with ordered object members, so responses keep the key order of the API
/// reference examples and `null` members are written out, as the OpenStack services do.
enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])
    /// JSON text already written (a listing's server kept by ``ServerJSONCache``), copied as it is
    /// when serialized. Parsing never makes one, and accessors see through none.
    case fragment([UInt8])

    static func == (lhs: JSON, rhs: JSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(a), .bool(b)): a == b
        case let (.int(a), .int(b)): a == b
        case let (.double(a), .double(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.array(a), .array(b)): a == b
        case let (.object(a), .object(b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.fragment(a), .fragment(b)): a == b
        default: false
        }
    }
}

extension JSON: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(floatLiteral value: Double) { self = .double(value) }
    init(nilLiteral: ()) { self = .null }
    init(arrayLiteral elements: JSON...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSON)...) { self = .object(elements) }
}

extension JSON {
    /// A string, or `null` when absent.
    static func optional(_ value: String?) -> JSON { value.map(JSON.string) ?? .null }

    /// An integer, or `null` when absent.
    static func optional(_ value: Int?) -> JSON { value.map(JSON.int) ?? .null }

    /// An array of strings.
    static func strings(_ values: [String]) -> JSON { .array(values.map(JSON.string)) }

    /// An object from string pairs, sorted by key so output is stable.
    static func stringMap(_ values: [String: String]) -> JSON {
        .object(values.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
    }

    /// Appends `member` to an object; other values are left unchanged.
    mutating func append(_ key: String, _ value: JSON) {
        guard case .object(var members) = self else { return }
        members.append((key, value))
        self = .object(members)
    }
}
