import Foundation

/// Writes one pretty JSON array to standard output a run of rows at a time, as they arrive, byte
/// for byte what ``Console/json(_:)`` writes for all the rows at once.
///
/// It encodes each row on its own and writes the array's frame itself: `JSONEncoder`'s pretty
/// array is `[`, newline, each element's own pretty text with its non-empty lines indented two
/// more spaces, separated by `,` and newline, then newline and `]` (`JSONOutputTests` holds it to
/// that). JSON text has no raw newline inside a string, so indenting lines touches layout only.
struct JSONArrayWriter {
    private let encoder = JSONOutput.encoder()
    private var written = 0
    private let output: (Data) -> Void

    /// Creates a writer; `output` receives the bytes (standard output unless a test collects them).
    init(output: @escaping (Data) -> Void = Console.out) {
        self.output = output
    }

    /// Writes `rows` as the array's next elements.
    mutating func write(_ rows: some Sequence<some Encodable>) throws {
        var bytes: [UInt8] = []
        for row in rows {
            let element = try encoder.encode(row)
            bytes.append(contentsOf: (written == 0 ? "[\n" : ",\n").utf8)
            Self.appendIndented(element, to: &bytes)
            written += 1
        }
        if !bytes.isEmpty { output(Data(bytes)) }
    }

    /// Closes the array (an empty one as the encoder writes it) and ends the line.
    func finish() throws {
        if written == 0 {
            output(try encoder.encode([Int]()) + Data("\n".utf8))
        } else {
            output(Data("\n]\n".utf8))
        }
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
