import Dispatch
import Foundation
import Synchronization

/// The JSON the commands print: pretty, key-sorted, ISO 8601 dates, slashes unescaped.
///
/// Long arrays (`server list --json` across thousands of instances) are encoded in slices on
/// every core and joined: the encoder's pretty output of an array is `[`, newline, the elements
/// separated by `,` and newline, newline, `]`, so the slices' elements join into the same bytes
/// one encoding of the whole array gives.
enum JSONOutput {
    /// Arrays shorter than this are encoded in one piece.
    static let sliceThreshold = 256

    /// An encoder with the output settings of every `--json`.
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// `count` rows, made by `row` from their index, as one pretty JSON array: byte for byte what
    /// `encoder().encode((0..<count).map(row))` gives. Each slice makes its own rows, so making
    /// them is spread over the cores as well.
    static func array<Row: Encodable>(
        count: Int, slices: Int = ProcessInfo.processInfo.activeProcessorCount, row: @Sendable (Int) -> Row
    ) throws -> Data {
        func whole() throws -> Data { try encoder().encode((0..<count).map(row)) }
        let sliceCount = min(max(slices, 1), count / sliceThreshold)
        guard sliceCount > 1 else { return try whole() }
        let bounds = (0...sliceCount).map { count * $0 / sliceCount }
        let parts = EncodedSlices(count: sliceCount)
        DispatchQueue.concurrentPerform(iterations: sliceCount) { index in
            parts.set(index, Result { try encoder().encode((bounds[index]..<bounds[index + 1]).map(row)) })
        }
        guard let encoded = try parts.inOrder() else { return try whole() }
        let inner = encoded.compactMap(elements(of:))
        guard inner.count == encoded.count, let joined = array(joining: inner) else { return try whole() }
        return joined
    }

    /// The elements of `rows` encoded as a pretty array, for ``array(joining:)``: empty for no rows,
    /// `nil` when they cannot be encoded (encoding them whole then tells why).
    static func elements<Row: Encodable>(encoding rows: [Row]) -> Data? {
        guard !rows.isEmpty else { return Data() }
        return (try? encoder().encode(rows)).flatMap(elements(of:))
    }

    /// Runs of rows encoded apart (``elements(encoding:)``) joined into one pretty array, byte for
    /// byte what encoding all the rows at once gives; `nil` when there are no rows.
    static func array(joining parts: [Data]) -> Data? {
        let parts = parts.filter { !$0.isEmpty }
        guard !parts.isEmpty else { return nil }
        var joined = Data(capacity: parts.reduce(4) { $0 + $1.count + 2 })
        joined.append(contentsOf: "[\n".utf8)
        for (index, part) in parts.enumerated() {
            if index > 0 { joined.append(contentsOf: ",\n".utf8) }
            joined.append(part)
        }
        joined.append(contentsOf: "\n]".utf8)
        return joined
    }

    /// The elements of a pretty array, without its opening `[` and newline and its closing
    /// newline and `]`; `nil` when `array` is not laid out that way.
    static func elements(of array: Data) -> Data? {
        let opening = Data("[\n".utf8), closing = Data("\n]".utf8)
        guard array.count > opening.count + closing.count, array.starts(with: opening), array.suffix(closing.count) == closing else {
            return nil
        }
        return array.dropFirst(opening.count).dropLast(closing.count)
    }
}

/// The encoded slices of ``JSONOutput/array(count:slices:row:)``, written from concurrent iterations.
private final class EncodedSlices: Sendable {
    private let slots: Mutex<[Result<Data, any Error>?]>

    init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ result: Result<Data, any Error>) {
        slots.withLock { $0[index] = result }
    }

    /// Every slice's bytes in order (`nil` if one is missing); rethrows a slice's encoding error.
    func inOrder() throws -> [Data]? {
        var encoded: [Data] = []
        for slot in slots.withLock({ $0 }) {
            guard let slot else { return nil }
            encoded.append(try slot.get())
        }
        return encoded
    }
}
