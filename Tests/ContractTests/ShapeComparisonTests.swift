import Foundation
import OpenStackAPI
import Testing

/// The shape comparison itself, on two small server documents that differ in known ways: it must
/// catch what the client reads and let through what it does not.
@Suite("Shape comparison")
struct ShapeComparisonTests {
    private func document(_ name: String) throws -> JSONNode {
        try JSONNode.parse(Data(try Fixtures.text("shape/\(name).json").utf8))
    }

    private let reader = ShapeReader.object("GET /servers/{id}", at: ["server"], Server.self)

    @Test("the keys a wire model reads are noted, with dictionaries as * and arrays as []")
    func reads() throws {
        let reads = try reader.reads(of: document("server-real")).paths
        for path in [
            "server", "server.id", "server.flavor.original_name", "server.flavor.extra_specs",
            "server.addresses.*", "server.addresses.*[].addr", "server.addresses.*[].OS-EXT-IPS:type",
            "server.locked", "server.OS-EXT-AZ:availability_zone", "server.image",
        ] {
            #expect(reads.contains(path), "\(path)")
        }
        #expect(!reads.contains("server.host_status"))
        #expect(!reads.contains { $0.contains("private") })
    }

    @Test("a read key missing or of another type fails; the rest are notes")
    func comparison() throws {
        let real = try document("server-real")
        let simulator = try document("server-simulator")
        let reads = try reader.reads(of: real)
        let simulatorReads = KeyReads()
        #expect(throws: DecodingError.self) { try reader.read(simulator, into: simulatorReads) }
        let dictionaries = reads.dictionaryPaths.union(simulatorReads.dictionaryPaths)
        let comparison = ShapeComparison(
            request: reader.request, real: JSONShape(real, dictionaryPaths: dictionaries),
            simulator: JSONShape(simulator, dictionaryPaths: dictionaries), reads: reads.paths)
        #expect(
            comparison.failures == [
                "GET /servers/{id}: `server.OS-EXT-AZ:availability_zone` (string on the real cloud) is missing",
                "GET /servers/{id}: `server.locked` is string in the simulator, bool on the real cloud",
            ])
        #expect(comparison.notes.contains("GET /servers/{id}: only the real cloud sends `server.host_status` (string)"))
        #expect(comparison.notes.contains("GET /servers/{id}: only the simulator sends `server.sim_only` (number)"))
        #expect(
            !comparison.notes.contains { $0.contains("addresses") || $0.contains("extra_specs") }, "\(comparison.notes)"
        )
    }

    @Test("the decoder is as strict as JSONDecoder about JSON types")
    func strictTypes() throws {
        let simulator = try document("server-simulator")
        #expect(throws: DecodingError.self) { try reader.reads(of: simulator) }
        let data = Data(try Fixtures.text("shape/server-simulator.json").utf8)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([String: Server].self, from: data)
        }
    }
}
