import Foundation

/// Request bodies, parsed by Foundation's `JSONSerialization` and converted to ``JSON``.
extension JSON {
    /// Why a body is not JSON, in Foundation's words (e.g. "Invalid value around character 6.").
    struct ParseFailure: Error, Sendable {
        let reason: String
    }

    /// Parses one JSON document (any value at the top level, as the services accept).
    static func parse(_ bytes: [UInt8]) throws(ParseFailure) -> JSON {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            let reason = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            throw ParseFailure(reason: reason ?? "the body is not valid JSON")
        }
        return try converted(object)
    }

    private static func converted(_ object: Any) throws(ParseFailure) -> JSON {
        switch object {
        case is NSNull: return .null
        case let string as String: return .string(string)
        case let number as NSNumber: return try converted(number)
        case let array as [Any]:
            var values: [JSON] = []
            values.reserveCapacity(array.count)
            for element in array { values.append(try converted(element)) }
            return .array(values)
        case let dictionary as [String: Any]:
            // Foundation does not keep member order; sorting keeps the result stable. Handlers look
            // members up by name, so the order of a request body carries no meaning.
            var members: [(String, JSON)] = []
            members.reserveCapacity(dictionary.count)
            for key in dictionary.keys.sorted() {
                guard let value = dictionary[key] else { continue }
                members.append((key, try converted(value)))
            }
            return .object(members)
        default:
            throw ParseFailure(reason: "unsupported value \(type(of: object))")
        }
    }

    /// `true`/`false` arrive as boolean numbers (type code `c`), fractions and exponents as doubles
    /// (`d`), whole numbers as integers.
    private static func converted(_ number: NSNumber) throws(ParseFailure) -> JSON {
        switch String(cString: number.objCType) {
        case "c", "B": return .bool(number.boolValue)
        case "d", "f":
            let value = number.doubleValue
            guard value.isFinite else { throw ParseFailure(reason: "number out of range") }
            return .double(value)
        default:
            if let integer = Int(exactly: number.int64Value), number.stringValue == String(integer) { return .int(integer) }
            return .double(number.doubleValue)
        }
    }
}
