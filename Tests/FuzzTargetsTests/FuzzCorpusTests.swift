import Foundation
import FuzzTargets
import Testing

/// The kept corpus (`Tests/FuzzCorpus/<target>/`: seeds and every crash libFuzzer ever found,
/// see `scripts/fuzz`) goes through its target on every test run, so a crash once fixed stays fixed.
@Suite("Fuzz corpus replay")
struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzCorpus", isDirectory: true)

    static func inputs(of target: FuzzTarget) -> [URL] {
        let folder = corpus.appendingPathComponent(target.rawValue, isDirectory: true)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test("every target has seeds, and each kept input runs through it quickly", arguments: FuzzTarget.allCases)
    func replay(target: FuzzTarget) throws {
        let inputs = Self.inputs(of: target)
        #expect(!inputs.isEmpty, "Tests/FuzzCorpus/\(target.rawValue)/ has no seed")
        for input in inputs {
            let data = try Data(contentsOf: input)
            let started = ContinuousClock.now
            target.run(data)
            #expect(ContinuousClock.now - started < .seconds(5), "\(input.lastPathComponent) took too long")
        }
    }

    @Test("hostile inputs every parser must survive", arguments: FuzzTarget.allCases)
    func hostile(target: FuzzTarget) {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let inputs: [Data] = [
            Data(), Data([0xff, 0xfe, 0x00]), Data(deep.utf8), Data(String(repeating: "{\"a\":", count: 5_000).utf8),
            Data("[{\"id\": 1e400, \"ram\": -9223372036854775809, \"vcpus\": 1.5, \"created\": \"9999-99-99T99:99:99Z\"}]".utf8),
            Data("a: &a [x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c]\n".utf8),
            Data("msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(((((((((((n)))))))))));\\n\"\n".utf8),
            Data("--fuzz\r\nContent-Disposition: form-data; name=\"\(String(repeating: "a", count: 10_000))\"\r\n\r\n".utf8),
        ]
        for input in inputs {
            let started = ContinuousClock.now
            target.run(input)
            #expect(ContinuousClock.now - started < .seconds(5))
        }
    }
}
