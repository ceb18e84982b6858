import CloudConfig
import Foundation
import Localization
import Testing

/// Issue 18: every YAML file is read within ``YAMLLimits``, and a refusal names where.
struct YAMLLimitsTests {
    @Test("an alias bomb in the settings file is refused at a line and column, without expanding it")
    func settingsAliasBomb() throws {
        let sandbox = try Sandbox()
        let file = try sandbox.install("settings/alias-bomb.yaml", at: "home/.config/exosphere/config.yaml")
        let start = ContinuousClock.now
        let error = try #require(throws: CloudConfigError.self) { try ExosphereSettings.load(from: sandbox.sources()) }
        // Expanded, the file holds over a billion values; refusing it takes milliseconds.
        #expect(ContinuousClock.now - start < .seconds(10))
        guard case .exceedsLimit(let location, .values(20_000)) = error else {
            Issue.record("expected exceedsLimit(values: 20000), got \(error)")
            return
        }
        let line = try #require(location.line)
        let column = try #require(location.column)
        #expect(location.file == file)
        #expect(
            error.message.sourceText
                == "\(file):\(line):\(column): the file expands to more than 20000 values, counting every use of an alias.")
        #expect(error.recovery?.sourceText.contains("fewer aliases") == true)
    }

    @Test("a clouds.yaml nested deeper than 32 levels is refused at the value that goes over")
    func deepNesting() throws {
        let sandbox = try Sandbox()
        let file = sandbox.path("work/clouds.yaml")
        let nested = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        try "clouds:\n  deep: \(nested)\n".write(toFile: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: CloudConfigError.self) { try sandbox.catalogue() }
        // The root map is level 0 and `deep`'s first bracket (column 9) level 2, so the 32nd
        // bracket, at column 40, is the 33rd level.
        #expect(error == .exceedsLimit(.file(file, line: 2, column: 40), limit: .depth(32)))
        #expect(error.description.contains("nest more than 32 levels deep"))
    }

    @Test("a settings file over 1 MiB is refused before it is read")
    func largeFile() throws {
        let sandbox = try Sandbox()
        let file = sandbox.path("home/.config/exosphere/config.yaml")
        try FileManager.default.createDirectory(atPath: sandbox.path("home/.config/exosphere"), withIntermediateDirectories: true)
        let comment = "# " + String(repeating: "x", count: 1021) + "\n"
        try String(repeating: comment, count: 1025).write(toFile: file, atomically: true, encoding: .utf8)
        let error = try #require(throws: CloudConfigError.self) { try ExosphereSettings.load(from: sandbox.sources()) }
        #expect(error == .exceedsLimit(.file(file), limit: .bytes(1 << 20)))
        #expect(error.message.sourceText == "\(file): the file is larger than 1024 KiB.")
    }

    @Test("a file within the limits is read as before")
    func withinLimits() throws {
        let node = try #require(try ConfigNode.parse(yaml: "a: &a [1, 2]\nb: *a\n", file: "small.yaml"))
        #expect(node["b"]?.entries == nil)
        guard case .list(let items)? = node["b"]?.value else {
            Issue.record("b is not a list")
            return
        }
        #expect(items.compactMap(\.text) == ["1", "2"])
        // The sixth value is the first item of b's copy of a, which is written at line 1, column 8.
        let tight = YAMLLimits(maximumBytes: 100, maximumValues: 5, maximumDepth: 2)
        #expect(throws: CloudConfigError.exceedsLimit(.file("small.yaml", line: 1, column: 8), limit: .values(5))) {
            try ConfigNode.parse(yaml: "a: &a [1, 2]\nb: *a\n", file: "small.yaml", limits: tight)
        }
    }
}
