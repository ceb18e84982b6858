import Dispatch
import Foundation
import Synchronization

/// Writes one pretty JSON array to standard output a run of rows at a time, as they arrive, byte
/// for byte what ``Console/json(_:)`` writes for all the rows at once.
///
/// It encodes each row on its own and writes the array's frame itself: `JSONEncoder`'s pretty
/// array is `[`, newline, each element's own pretty text with its non-empty lines indented two
/// more spaces, separated by `,` and newline, then newline and `]` (`JSONOutputTests` holds it to
/// that). JSON text has no raw newline inside a string, so indenting lines touches layout only.
struct JSONArrayWriter {
    /// Runs shorter than this are encoded on one core; longer ones in slices on every core (a
    /// project's 200 instances: 5 ms less on two cores, `scripts/bench-server-list`).
    static let sliceThreshold = 64

    private var written = 0
    private let output: (Data) -> Void

    /// Creates a writer; `output` receives the bytes (standard output unless a test collects them).
    init(output: @escaping (Data) -> Void = Console.out) {
        self.output = output
    }

    /// Writes `rows` as the array's next elements.
    mutating func write<Row: Encodable & Sendable>(_ rows: [Row], slices: Int = ProcessInfo.processInfo.activeProcessorCount) throws {
        guard !rows.isEmpty else { return }
        var bytes = Array((written == 0 ? "[\n" : ",\n").utf8)
        bytes += try Self.elements(rows, slices: min(max(slices, 1), rows.count / Self.sliceThreshold))
        written += rows.count
        output(Data(bytes))
    }

    /// Closes the array (an empty one as the encoder writes it) and ends the line.
    func finish() throws {
        if written == 0 {
            output(try JSONOutput.encoder().encode([Int]()) + Data("\n".utf8))
        } else {
            output(Data("\n]\n".utf8))
        }
    }

    /// `rows` as an array's elements (indented, separated by `,` and newline), encoded in `slices`
    /// runs at once, each with its own encoder.
    private static func elements<Row: Encodable & Sendable>(_ rows: [Row], slices: Int) throws -> [UInt8] {
        guard slices > 1 else { return try elements(rows[...]) }
        let bounds = (0...slices).map { rows.count * $0 / slices }
        let parts = Mutex<[Result<[UInt8], any Error>?]>(Array(repeating: nil, count: slices))
        DispatchQueue.concurrentPerform(iterations: slices) { index in
            let part = Result { try elements(rows[bounds[index]..<bounds[index + 1]]) }
            parts.withLock { $0[index] = part }
        }
        // Every iteration has run once concurrentPerform returns; were a slice missing, encoding
        // the rows in one run still gives the right bytes.
        let finished = parts.withLock { $0 }.compactMap { $0 }
        guard finished.count == slices else { return try elements(rows[...]) }
        var joined: [UInt8] = []
        for (index, part) in finished.enumerated() {
            if index > 0 { joined += ",\n".utf8 }
            joined += try part.get()
        }
        return joined
    }

    private static func elements<Row: Encodable>(_ rows: ArraySlice<Row>) throws -> [UInt8] {
        let encoder = JSONOutput.encoder()
        var bytes: [UInt8] = []
        for (index, row) in rows.enumerated() {
            if index > 0 { bytes += ",\n".utf8 }
            appendIndented(try encoder.encode(row), to: &bytes)
        }
        return bytes
    }

    /// `element` with every line but the empty ones (an empty array's) indented two spaces. Built
    /// in an array of bytes: appending to `Data` byte by byte made a 2,000-instance listing
    /// 35 ms slower.
    private static func appendIndented(_ element: Data, to bytes: inout [UInt8]) {
        let newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        element.withUnsafeBytes { raw in
            var atLineStart = true
            for byte in raw {
                if atLineStart && byte != newline {
                    bytes.append(space)
                    bytes.append(space)
                }
                bytes.append(byte)
                atLineStart = byte == newline
            }
        }
    }
}
