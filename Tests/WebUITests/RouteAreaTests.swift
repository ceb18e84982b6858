import Foundation
import Testing

/// The routes stay in areas: each file under `Sources/WebUI/Routes/` named `<Area>Routes…` declares
/// or extends that area's struct only, and no area holds the whole app or its whole configuration,
/// so each names what it needs (see the WebUI landing page).
@Suite("Route areas")
struct RouteAreaTests {
    static let routes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/WebUI/Routes")

    /// The area files: `<Area>Routes.swift` and `<Area>Routes+<Group>.swift`, with their area's name.
    static func areaFiles() throws -> [(area: String, text: String)] {
        let names = try FileManager.default.contentsOfDirectory(atPath: routes.path).filter { $0.hasSuffix(".swift") }
        return try names.compactMap { name in
            let stem = name.dropLast(".swift".count).prefix { $0 != "+" }
            guard stem.hasSuffix("Routes") else { return nil }
            return (String(stem), try String(contentsOf: routes.appendingPathComponent(name), encoding: .utf8))
        }
    }

    /// The `XRoutes` names a file declares or extends.
    static func areasNamed(in text: String) -> Set<String> {
        var names: Set<String> = []
        for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
            let words = line.split(separator: " ")
            for (index, word) in words.enumerated() where ["struct", "extension"].contains(word) && index + 1 < words.count {
                let name = words[index + 1].prefix { $0.isLetter || $0.isNumber }
                if name.hasSuffix("Routes") { names.insert(String(name)) }
            }
        }
        return names
    }

    @Test("every area file declares or extends its own area only")
    func oneAreaPerFile() throws {
        let files = try Self.areaFiles()
        #expect(files.count >= 10, "no area files found at \(Self.routes.path)")
        for file in files {
            #expect(Self.areasNamed(in: file.text) == [file.area], "\(file.area) files name \(Self.areasNamed(in: file.text))")
        }
    }

    @Test("no area holds the app or its whole configuration")
    func narrowDependencies() throws {
        for file in try Self.areaFiles() {
            for line in file.text.split(separator: "\n") where line.contains("let ") {
                #expect(!line.contains(": WebApp") && !line.contains(": WebUIConfiguration"), "\(file.area): \(line)")
            }
        }
    }

    @Test("every route is in an area: no file under Routes/ extends WebApp")
    func noRoutesOnTheApp() throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: Self.routes.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: Self.routes.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains("extension WebApp"), "\(name) extends WebApp")
        }
    }

    @Test("the reader sees an area declared or extended, and nothing else")
    func theReaderCanFail() {
        let text = "struct LaunchRoutes: Sendable {\n}\nextension ResourceRoutes {\n// struct NotRoutes\nstruct Helper {}\n"
        #expect(Self.areasNamed(in: text) == ["LaunchRoutes", "ResourceRoutes"])
    }
}
