import Foundation
import Testing

@testable import ExosphereCLI

@Suite struct JSONOutputTests {
    struct Row: Encodable, Sendable {
        var id: Int
        var name: String
        var addresses: [String]
        var created: Date?
        var note: String?
    }

    static func rows(_ count: Int) -> [Row] {
        (0..<count).map { index in
            Row(
                id: index, name: "instance-\(index) ✓ \"quoted\" / slash",
                addresses: (0..<(index % 3)).map { "10.0.\(index % 256).\($0)" },
                created: index % 4 == 0 ? nil : Date(timeIntervalSince1970: 1_700_000_000 + Double(index)),
                note: index % 5 == 0 ? "line\nbreak" : nil)
        }
    }

    @Test(arguments: [2, 3, 7])
    func slicedEncodingIsByteForByteTheWholeEncoding(slices: Int) throws {
        let rows = Self.rows(JSONOutput.sliceThreshold * 8 + 13)
        let whole = try JSONOutput.encoder().encode(rows)
        let sliced = try JSONOutput.array(count: rows.count, slices: slices) { rows[$0] }
        #expect(sliced == whole)
        let decoded = try JSONSerialization.jsonObject(with: sliced) as? [[String: Any]]
        #expect(decoded?.count == rows.count)
    }

    @Test func shortAndEmptyArraysAreEncodedWhole() throws {
        for count in [0, 1, JSONOutput.sliceThreshold + 1] {
            let rows = Self.rows(count)
            #expect(try JSONOutput.array(count: rows.count, slices: 4) { rows[$0] } == JSONOutput.encoder().encode(rows))
        }
    }

    @Test func elementsNeedThePrettyArrayLayout() {
        #expect(JSONOutput.elements(of: Data("[]".utf8)) == nil)
        #expect(JSONOutput.elements(of: Data("{\"a\": 1}".utf8)) == nil)
        #expect(JSONOutput.elements(of: Data("[\n  1,\n  2\n]".utf8)) == Data("  1,\n  2".utf8))
    }

    /// `server list --json` encodes each project's rows apart and joins them: the same bytes as
    /// one encoding of every row, whatever runs are empty.
    @Test func runsEncodedApartJoinIntoTheWholeEncoding() throws {
        let rows = Self.rows(40)
        let runs = [rows[0..<7], rows[7..<7], rows[7..<29], rows[29..<30], rows[30..<40], rows[40..<40]].map(Array.init)
        let parts = runs.map { JSONOutput.elements(encoding: $0) }
        #expect(parts.allSatisfy { $0 != nil })
        #expect(JSONOutput.array(joining: parts.compactMap { $0 }) == (try JSONOutput.encoder().encode(rows)))
        #expect(JSONOutput.elements(encoding: [Row]()) == Data())
        #expect(JSONOutput.array(joining: [Data(), Data()]) == nil)
    }

    @Test func rowsThatCannotBeEncodedGiveNoElements() {
        struct Failing: Encodable {
            func encode(to encoder: any Encoder) throws {
                throw EncodingError.invalidValue(0, .init(codingPath: [], debugDescription: "no"))
            }
        }
        #expect(JSONOutput.elements(encoding: [Failing()]) == nil)
    }
}
