import CloudConfig
import Foundation
import Localization
import Testing
import Theming

/// Issue 18: theme files are read with the YAML reader that keeps lines and columns and refuses
/// files past its limits.
@Suite("Theme file errors")
struct ThemeFileErrorTests {
    @Test("an alias bomb in a theme is refused at a line and column, without expanding it")
    func aliasBomb() throws {
        let loader = try ThemeLoader(directory: FixtureThemes.directory)
        let start = ContinuousClock.now
        let error = try #require(throws: ThemingError.self) { try loader.load("alias-bomb") }
        // Expanded, the palette holds over a billion colours; refusing it takes milliseconds.
        #expect(ContinuousClock.now - start < .seconds(10))
        guard case .invalidFile(.exceedsLimit(let location, .values(20_000))) = error else {
            Issue.record("expected invalidFile(exceedsLimit(values: 20000)), got \(error)")
            return
        }
        let file = loader.file(for: "alias-bomb").path
        let line = try #require(location.line)
        let column = try #require(location.column)
        #expect(location.file == file)
        #expect(
            error.message.sourceText
                == "\(file):\(line):\(column): the file expands to more than 20000 values, counting every use of an alias.")
        #expect(error.recovery != nil)
    }

    @Test("a value of the wrong type names the file, line, column and key")
    func wrongType() throws {
        let loader = try ThemeLoader(directory: FixtureThemes.directory)
        let error = try #require(throws: ThemingError.self) { try loader.load("wrong-type") }
        let file = loader.file(for: "wrong-type").path
        #expect(
            error == .invalidFile(
                .wrongType(.file(file, line: 3, column: 10), keyPath: "tokens.light", expected: "a map", found: "a list")))
        #expect(error.message.sourceText == "\(file):3:10: tokens.light must be a map, but it is a list.")
        #expect(error.recovery?.sourceText == "Change tokens.light to a map.")
    }

    @Test("a refused token value names its line and column")
    func refusedValueNamesItsPlace() throws {
        let loader = try ThemeLoader(directory: FixtureThemes.directory)
        let error = try #require(throws: ThemingError.self) { try loader.load("inject") }
        let file = loader.file(for: "inject").path
        #expect(error.message.sourceText.hasPrefix("\(file):4:22: token color.accent.fg has the value"))
    }
}
