/// Read access to parsed request bodies.
extension JSON {
    /// The member named `key` of an object; `nil` for anything else or a missing key.
    subscript(key: String) -> JSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    /// The names of an object's members, in order.
    var keys: [String] {
        guard case .object(let members) = self else { return [] }
        return members.map(\.0)
    }

    var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var intValue: Int? {
        switch self {
        case .int(let value): return value
        case .double(let value) where value.rounded() == value && abs(value) < 1e15: return Int(value)
        default: return nil
        }
    }

    var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var arrayValue: [JSON]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    var isNull: Bool { self == .null }

    /// The members of an object as string pairs; non-string values are skipped.
    var stringDictionary: [String: String]? {
        guard case .object(let members) = self else { return nil }
        var result: [String: String] = [:]
        for (key, value) in members {
            if let string = value.stringValue { result[key] = string }
        }
        return result
    }
}
