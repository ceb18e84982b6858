import Foundation
import Testing

/// The map stays true: every module under `Sources/` has a row in the README's "Map of the code",
/// and every Swift library module has a DocC catalogue with a landing page. When this fails after
/// adding a module, add its row and its `<Module>.docc/<Module>.md`.
@Suite("Code map")
struct CodeMapTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func modules() throws -> [String] {
        let sources = repository.appendingPathComponent("Sources")
        let names = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names.count > 10, "no modules under \(sources.path)")
        return names
    }

    /// The names the README's map table lists (every `` `Name` `` in a row's first cell).
    static func mapped(in readme: String) -> Set<String> {
        guard let start = readme.range(of: "## Map of the code") else { return [] }
        var names: Set<String> = []
        for line in readme[start.upperBound...].split(separator: "\n").prefix(while: { !$0.hasPrefix("## ") }) where line.hasPrefix("| `") {
            let cell = line.dropFirst(2).prefix { $0 != "|" }
            for (index, part) in cell.split(separator: "`", omittingEmptySubsequences: false).enumerated() where index % 2 == 1 {
                names.insert(String(part))
            }
        }
        return names
    }

    @Test("every module under Sources/ has a row in the README's map")
    func everyModuleIsMapped() throws {
        let readme = try String(contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let missing = try Self.modules().filter { !Self.mapped(in: readme).contains($0) }
        #expect(missing.isEmpty, "README.md's Map of the code has no row for \(missing)")
    }

    @Test("every Swift library module has a DocC landing page")
    func everyLibraryHasALandingPage() throws {
        let manifest = try String(contentsOf: Self.repository.appendingPathComponent("Package.swift"), encoding: .utf8)
        for module in try Self.modules() {
            let folder = Self.repository.appendingPathComponent("Sources/\(module)")
            let isSwift = FileManager.default.enumerator(atPath: folder.path)?.contains { ($0 as? String)?.hasSuffix(".swift") == true } ?? false
            let isExecutable = manifest.contains(".executableTarget(\n            name: \"\(module)\"")
                || manifest.contains(".executableTarget(name: \"\(module)\"")
            guard isSwift, !isExecutable, !manifest.contains(".systemLibrary(name: \"\(module)\"") else { continue }
            let page = folder.appendingPathComponent("\(module).docc/\(module).md")
            #expect(FileManager.default.fileExists(atPath: page.path), "\(module) has no \(module).docc/\(module).md")
        }
    }

    @Test("the map reader finds names in a row's first cell only")
    func theReaderCanFail() {
        let readme = """
            ## Map of the code

            | module | what it owns |
            |---|---|
            | `A`, `B` | uses `C` |
            | `D` | |

            ## Next
            | `E` | |
            """
        #expect(Self.mapped(in: readme) == ["A", "B", "D"])
        #expect(Self.mapped(in: "no map here").isEmpty)
    }
}
