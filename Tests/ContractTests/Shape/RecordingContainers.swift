@testable import OpenStackAPI

/// An object of a ``ReadRecordingDecoder``; every key asked for is noted.
struct RecordingKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    /// How the object's keys are read.
    private enum Mode {
        /// Named fields: each key is noted as itself.
        case fields
        /// A dictionary (Swift's own `[String: T]` decoding): keys are noted as `*`.
        case dictionary
        /// The image's free-form properties (every leftover key, read as text): not noted, since
        /// they are data rather than fields.
        case properties
    }

    let members: [String: JSONNode]
    let path: String
    let reads: KeyReads
    let codingPath: [any CodingKey]
    private let mode: Mode

    init(members: [String: JSONNode], path: String, reads: KeyReads, codingPath: [any CodingKey]) {
        self.members = members
        self.path = path
        self.reads = reads
        self.codingPath = codingPath
        // The key types name the reading: the standard library's for dictionaries, OpenStackAPI's
        // `DynamicKey` for Glance's extra properties.
        switch String(describing: Key.self) {
        case "_DictionaryCodingKey": mode = .dictionary
        case "DynamicKey": mode = .properties
        default: mode = .fields
        }
    }

    var allKeys: [Key] { members.keys.compactMap { Key(stringValue: $0) } }

    private func childPath(_ key: Key) -> String {
        KeyReads.join(path, mode == .dictionary ? "*" : key.stringValue)
    }

    private func note(_ key: Key) {
        if mode != .properties { reads.record(childPath(key)) }
    }

    private func value(_ key: Key) throws -> JSONNode {
        note(key)
        guard let value = members[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key, .init(codingPath: codingPath, debugDescription: "no \(key.stringValue)"))
        }
        return value
    }

    func contains(_ key: Key) -> Bool {
        note(key)
        return members[key.stringValue] != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        try value(key) == .null
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try primitive(type, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try primitive(type, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try primitive(type, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try primitive(type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try primitive(type, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try primitive(type, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try primitive(type, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try primitive(type, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try primitive(type, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try primitive(type, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try primitive(type, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try primitive(type, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try primitive(type, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try primitive(type, key) }

    private func primitive<T>(_ type: T.Type, _ key: Key) throws -> T {
        try ReadRecordingDecoder.primitive(type, value(key), codingPath + [key])
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try ReadRecordingDecoder.decode(
            type, from: value(key), at: childPath(key), reads: reads, codingPath: codingPath + [key])
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder {
        ReadRecordingDecoder(node: .object(members), path: path, reads: reads, codingPath: codingPath)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        try decoder(for: key)
    }

    private func decoder(for key: Key) throws -> ReadRecordingDecoder {
        ReadRecordingDecoder(node: try value(key), path: childPath(key), reads: reads, codingPath: codingPath + [key])
    }
}

/// An array of a ``ReadRecordingDecoder``; its elements share the path `<array>[]`.
struct RecordingUnkeyedContainer: UnkeyedDecodingContainer {
    let elements: [JSONNode]
    let path: String
    let reads: KeyReads
    let codingPath: [any CodingKey]
    private(set) var currentIndex = 0

    init(elements: [JSONNode], path: String, reads: KeyReads, codingPath: [any CodingKey]) {
        self.elements = elements
        self.path = path
        self.reads = reads
        self.codingPath = codingPath
    }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> JSONNode {
        guard currentIndex < elements.count else {
            throw DecodingError.valueNotFound(
                JSONNode.self, .init(codingPath: codingPath, debugDescription: "past the end of \(path)"))
        }
        defer { currentIndex += 1 }
        return elements[currentIndex]
    }

    mutating func decodeNil() throws -> Bool {
        guard currentIndex < elements.count, elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let element = try next()
        if type == String.self || type == Bool.self || type == Double.self || type == Int.self || type == Int64.self {
            return try ReadRecordingDecoder.primitive(type, element, codingPath)
        }
        return try ReadRecordingDecoder.decode(type, from: element, at: path, reads: reads, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        try ReadRecordingDecoder(node: try next(), path: path, reads: reads, codingPath: codingPath)
            .container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try ReadRecordingDecoder(node: try next(), path: path, reads: reads, codingPath: codingPath).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        ReadRecordingDecoder(node: try next(), path: path, reads: reads, codingPath: codingPath)
    }
}
