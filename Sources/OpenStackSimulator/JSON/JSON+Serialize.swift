/// Compact JSON output, as the services send it. Written by hand rather than with Foundation's
/// `JSONSerialization`/`JSONEncoder` because those reorder object keys and drop or reject explicit
/// `null` members, while clients and the contract tests see the services' key order and nulls.
extension JSON {
    /// The UTF-8 bytes of this value.
    var serialized: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(max(4096, sizeEstimate))
        write(into: &out)
        return out
    }

    /// About as many bytes as the text takes: kept fragments exactly, strings by their length,
    /// numbers and literals roughly. Reserving it spares a listing's body of hundreds of kilobytes
    /// the copies and fresh pages of a buffer that keeps doubling.
    var sizeEstimate: Int {
        switch self {
        case .null, .bool, .int, .double: 8
        case .string(let value): value.utf8.count + 2
        case .fragment(let bytes): bytes.count
        case .array(let values): values.reduce(2) { $0 + $1.sizeEstimate + Self.separator.count }
        case .object(let members):
            members.reduce(2) { $0 + $1.0.utf8.count + 2 + Self.colon.count + $1.1.sizeEstimate + Self.separator.count }
        }
    }

    /// The value as a JSON text.
    var text: String { String(decoding: serialized, as: UTF8.self) }

    func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: Self.nullBytes)
        case .bool(let value): out.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .double(let value):
            if value.isFinite {
                out.append(contentsOf: String(value).utf8)
            } else {
                out.append(contentsOf: Self.nullBytes)
            }
        case .string(let value): Self.writeString(value, into: &out)
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(contentsOf: Self.separator) }
                value.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { out.append(contentsOf: Self.separator) }
                Self.writeString(member.0, into: &out)
                out.append(contentsOf: Self.colon)
                member.1.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        case .fragment(let bytes): out.append(contentsOf: bytes)
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
    // Literal bytes as arrays: appending a literal's `utf8` view goes through the generic,
    // element-by-element path, a tenth of the simulator's time when it lists thousands of servers.
    private static let nullBytes = Array("null".utf8)
    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let separator = Array(", ".utf8)
    private static let colon = Array(": ".utf8)

    private static func writeString(_ string: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Most strings (ids, names, URLs) need no escaping and are copied whole; native strings are
        // contiguous UTF-8, so the check is a plain loop over bytes.
        let copiedWhole = string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                return false
            }
            out.append(contentsOf: bytes)
            return true
        }
        if copiedWhole == true {
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
