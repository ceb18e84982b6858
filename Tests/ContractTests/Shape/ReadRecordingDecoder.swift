@testable import OpenStackAPI
import Foundation

/// A `Decoder` over a ``JSONNode`` that notes every key the decoded type asks for.
///
/// Decoding a real cloud's response with the client's own wire models through this decoder tells
/// which keys the client reads, without restating the models' `CodingKeys`. It checks JSON types
/// as strictly as `JSONDecoder` does (so a model's fallbacks, such as a flavor's `swap` as text or
/// number, take the same branch) and accepts any string where a `Date` is wanted.
struct ReadRecordingDecoder: Decoder {
    let node: JSONNode
    let path: String
    let reads: KeyReads
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// Decodes `type` from `node`, whose position in the document is `path`, noting reads in `reads`.
    static func decode<T: Decodable>(
        _ type: T.Type, from node: JSONNode, at path: String, reads: KeyReads, codingPath: [any CodingKey] = []
    ) throws -> T {
        if type == Date.self {
            guard case .string = node, let date = Date(timeIntervalSince1970: 0) as? T else {
                throw mismatch(type, node, codingPath)
            }
            return date
        }
        return try T(from: ReadRecordingDecoder(node: node, path: path, reads: reads, codingPath: codingPath))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let members) = node else { throw Self.mismatch([String: String].self, node, codingPath) }
        return KeyedDecodingContainer(
            RecordingKeyedContainer<Key>(members: members, path: path, reads: reads, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = node else { throw Self.mismatch([String].self, node, codingPath) }
        return RecordingUnkeyedContainer(elements: elements, path: path + "[]", reads: reads, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        RecordingSingleValueContainer(node: node, path: path, reads: reads, codingPath: codingPath)
    }

    static func mismatch(_ type: Any.Type, _ node: JSONNode, _ codingPath: [any CodingKey]) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "expected \(type), found \(node.kind)"))
    }

    /// The value of `node` as the primitive `T`, with `JSONDecoder`'s strictness.
    static func primitive<T>(_ type: T.Type, _ node: JSONNode, _ codingPath: [any CodingKey]) throws -> T {
        let value: Any?
        switch node {
        case .bool(let flag): value = type == Bool.self ? flag : nil
        case .string(let text): value = type == String.self ? text : nil
        case .number(let number): value = numeric(type, number)
        default: value = nil
        }
        guard let typed = value as? T else { throw mismatch(type, node, codingPath) }
        return typed
    }

    private static func numeric(_ type: Any.Type, _ number: Double) -> Any? {
        switch type {
        case is Double.Type: number
        case is Float.Type: Float(number)
        case is Int.Type: Int(exactly: number)
        case is Int8.Type: Int8(exactly: number)
        case is Int16.Type: Int16(exactly: number)
        case is Int32.Type: Int32(exactly: number)
        case is Int64.Type: Int64(exactly: number)
        case is UInt.Type: UInt(exactly: number)
        case is UInt8.Type: UInt8(exactly: number)
        case is UInt16.Type: UInt16(exactly: number)
        case is UInt32.Type: UInt32(exactly: number)
        case is UInt64.Type: UInt64(exactly: number)
        default: nil
        }
    }
}

/// The single value of a ``ReadRecordingDecoder``.
struct RecordingSingleValueContainer: SingleValueDecodingContainer {
    let node: JSONNode
    let path: String
    let reads: KeyReads
    let codingPath: [any CodingKey]

    func decodeNil() -> Bool { node == .null }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if type == String.self || type == Bool.self || type == Double.self || type == Float.self
            || type == Int.self || type == Int64.self || type == Int32.self || type == UInt.self
        {
            return try ReadRecordingDecoder.primitive(type, node, codingPath)
        }
        return try ReadRecordingDecoder.decode(type, from: node, at: path, reads: reads, codingPath: codingPath)
    }
}
