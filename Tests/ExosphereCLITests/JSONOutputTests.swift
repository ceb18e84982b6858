import Foundation
import Testing

@testable import ExosphereCLI

/// `server list --json` writes each project's rows as they arrive: the bytes must be those of one
/// encoding of every row, whatever runs the rows come in.
@Suite struct JSONOutputTests {
    struct Row: Encodable, Sendable {
        var id: Int
        var name: String
        var addresses: [String]
        var created: Date?
        var note: String?
        var nested: [String: [Int]]
    }

    static func rows(_ count: Int) -> [Row] {
        (0..<count).map { index in
            Row(
                id: index, name: "instance-\(index) ✓ \"quoted\" / slash",
                addresses: (0..<(index % 3)).map { "10.0.\(index % 256).\($0)" },
                created: index % 4 == 0 ? nil : Date(timeIntervalSince1970: 1_700_000_000 + Double(index)),
                note: index % 5 == 0 ? "line\nbreak\n  indented" : nil,
                nested: index % 2 == 0 ? [:] : ["ports": [22, 80]])
        }
    }

    /// What the writer writes for `runs`, one `write` per run.
    static func written(_ runs: [[Row]]) throws -> Data {
        let collected = Collected()
        var writer = JSONArrayWriter { collected.bytes.append($0) }
        for run in runs { try writer.write(run) }
        try writer.finish()
        return collected.bytes
    }

    final class Collected {
        var bytes = Data()
    }

    @Test func runsWrittenApartAreByteForByteTheWholeEncoding() throws {
        let rows = Self.rows(40)
        let runs = [rows[0..<7], rows[7..<7], rows[7..<29], rows[29..<30], rows[30..<40], rows[40..<40]].map(Array.init)
        let written = try Self.written(runs)
        #expect(written == (try JSONOutput.encoder().encode(rows)) + Data("\n".utf8))
        let decoded = try JSONSerialization.jsonObject(with: written) as? [[String: Any]]
        #expect(decoded?.count == rows.count)
        #expect(decoded?[5]["note"] as? String == "line\nbreak\n  indented")
    }

    @Test(arguments: [1, 2, 3, 7])
    func runsEncodedInSlicesAreTheWholeEncoding(slices: Int) throws {
        let rows = Self.rows(JSONArrayWriter.sliceThreshold * 8 + 13)
        let collected = Collected()
        var writer = JSONArrayWriter { collected.bytes.append($0) }
        try writer.write(Array(rows[..<100]), slices: slices)
        try writer.write(Array(rows[100...]), slices: slices)
        try writer.finish()
        #expect(collected.bytes == (try JSONOutput.encoder().encode(rows)) + Data("\n".utf8))
    }

    @Test(arguments: [0, 1, 2])
    func shortAndEmptyArraysAreTheWholeEncoding(count: Int) throws {
        let rows = Self.rows(count)
        #expect(try Self.written([rows, []]) == (try JSONOutput.encoder().encode(rows)) + Data("\n".utf8))
    }

    @Test func aRowThatCannotBeEncodedIsAnError() {
        struct Failing: Encodable, Sendable {
            func encode(to encoder: any Encoder) throws {
                throw EncodingError.invalidValue(0, .init(codingPath: [], debugDescription: "no"))
            }
        }
        var writer = JSONArrayWriter { _ in }
        #expect(throws: EncodingError.self) { try writer.write([Failing()]) }
    }
}
