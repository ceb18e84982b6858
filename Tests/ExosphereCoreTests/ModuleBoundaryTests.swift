import Foundation
import Testing

/// The core is the only door to the clouds: no front end (the CLI, the web UI, the plugin host and
/// what serves plugins to the web UI) depends on or imports the wire module `OpenStackAPI`, and the
/// core does not hand it on. A front end that needs something from a cloud asks the core for a
/// core type; when this fails, add that to `ExosphereCore` instead of importing the wire.
@Suite("Module boundaries")
struct ModuleBoundaryTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// Targets that show or serve what the core returns.
    static let frontEnds = ["ExosphereCLI", "WebUI", "PluginWeb", "PluginHost", "PluginModel"]
    static let wire = "OpenStackAPI"

    @Test("no front-end target lists OpenStackAPI among its dependencies in Package.swift", arguments: frontEnds)
    func packageDependencies(target: String) throws {
        let manifest = try String(contentsOf: Self.repository.appendingPathComponent("Package.swift"), encoding: .utf8)
        let dependencies = try #require(Self.dependencies(of: target, in: manifest), "no target named \(target) in Package.swift")
        #expect(!dependencies.contains("\"\(Self.wire)\""), "\(target) depends on \(Self.wire): ask ExosphereCore for a core type instead")
    }

    @Test("no front-end source file imports OpenStackAPI", arguments: frontEnds)
    func sourceImports(target: String) throws {
        let offenders = try Self.swiftFiles(in: "Sources/\(target)").filter { try Self.imports(Self.wire, file: $0) != nil }
        #expect(offenders.isEmpty, "\(offenders.map(\.lastPathComponent)) import \(Self.wire): ask ExosphereCore for a core type instead")
    }

    @Test("the core imports OpenStackAPI only internally, so its public API carries no wire type")
    func coreKeepsTheWireInside() throws {
        let leaking = try Self.swiftFiles(in: "Sources/ExosphereCore").filter { file in
            guard let line = try Self.imports(Self.wire, file: file) else { return false }
            return line.hasPrefix("public ") || line.hasPrefix("@_exported ") || line.hasPrefix("package ")
        }
        #expect(leaking.isEmpty, "\(leaking.map(\.lastPathComponent)) re-export \(Self.wire)")
    }

    @Test("the checks see an import and a dependency when there is one")
    func theChecksCanFail() throws {
        let manifest = """
            .target(
                name: "WebUI",
                dependencies: [
                    "ExosphereCore", "OpenStackAPI",
                    .product(name: "Hummingbird", package: "hummingbird"),
                ]
            ),
            .target(name: "Other", dependencies: ["OpenStackAPI"]),
            .target(name: "Plain"),
            .target(name: "Last", dependencies: ["OpenStackAPI"]),
            """
        #expect(Self.dependencies(of: "WebUI", in: manifest)?.contains("\"OpenStackAPI\"") == true)
        #expect(Self.dependencies(of: "Other", in: manifest) == "\"OpenStackAPI\"")
        #expect(Self.dependencies(of: "Missing", in: manifest) == nil)
        #expect(Self.dependencies(of: "Plain", in: manifest) == "")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("boundary-\(UUID().uuidString).swift")
        defer { try? FileManager.default.removeItem(at: file) }
        try "import Foundation\npublic import OpenStackAPI\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try Self.imports("OpenStackAPI", file: file) == "public import OpenStackAPI")
        try "import Foundation\n// import OpenStackAPI\nimport OpenStackAPIFake\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try Self.imports("OpenStackAPI", file: file) == nil)
    }

    /// The text between the brackets of `dependencies: [ … ]` in the target named `target` (empty
    /// when it has none), or `nil` when there is no such target.
    static func dependencies(of target: String, in manifest: String) -> String? {
        guard let name = manifest.range(of: "name: \"\(target)\"") else { return nil }
        let nextTarget = manifest.range(of: "name: \"", range: name.upperBound..<manifest.endIndex)?.lowerBound ?? manifest.endIndex
        guard let start = manifest.range(of: "dependencies: [", range: name.upperBound..<nextTarget) else { return "" }
        var depth = 1
        var index = start.upperBound
        while index < manifest.endIndex {
            switch manifest[index] {
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 { return String(manifest[start.upperBound..<index]).trimmingCharacters(in: .whitespacesAndNewlines) }
            default: break
            }
            index = manifest.index(after: index)
        }
        return nil
    }

    /// The line that imports `module` in `file` (any access level, `@testable` or `@_exported`), if any.
    static func imports(_ module: String, file: URL) throws -> String? {
        let text = try String(contentsOf: file, encoding: .utf8)
        return text.split(separator: "\n").lazy.map { $0.trimmingCharacters(in: .whitespaces) }.first { line in
            let words = line.split(separator: " ")
            guard let index = words.firstIndex(of: "import"), index + 1 < words.count else { return false }
            let attributes = words[..<index]
            return words[index + 1] == module
                && attributes.allSatisfy { ["public", "package", "internal", "@testable", "@_exported", "@preconcurrency"].contains($0) }
        }
    }

    static func swiftFiles(in folder: String) throws -> [URL] {
        let root = repository.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { return [] }
        let files = walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(!files.isEmpty, "no Swift files under \(folder)")
        return files
    }
}
