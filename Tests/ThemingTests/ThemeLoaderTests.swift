import Foundation
import Testing
import Theming

@Suite("Loading themes")
struct ThemeLoaderTests {
    @Test("a minimal theme inherits every token it does not set from default")
    func inheritsFromDefault() throws {
        let theme = try ThemeLoader(directory: FixtureThemes.directory).load("minimal")
        #expect(theme.appTitle == "Research Cloud")
        #expect(theme.light["color.accent.fg"] == "#123456")
        #expect(theme.light["color.fg.default"] == "#1f2328")
        #expect(theme.dark["color.accent.fg"] == "#4493f8")
        #expect(theme.logo?.fileName == "logo.svg")
        #expect(theme.logo?.path.hasSuffix("/default/logo.svg") == true)
    }

    @Test("extends loops are an error naming the chain")
    func cycle() throws {
        #expect(throws: ThemingError.extendsCycle(["cycle-a", "cycle-b", "cycle-a"])) {
            try ThemeLoader(directory: FixtureThemes.directory).load("cycle-a")
        }
    }

    @Test("a value that tries to break out of its declaration stops the theme loading")
    func injectionRejected() throws {
        #expect {
            try ThemeLoader(directory: FixtureThemes.directory).load("inject")
        } throws: { error in
            guard case ThemingError.invalidValue(_, let token, _) = error else { return false }
            return token == "color.accent.fg"
        }
    }

    @Test("unknown tokens are reported with their file and ignored")
    func unknownToken() throws {
        let theme = try ThemeLoader(directory: FixtureThemes.directory).load("unknown")
        #expect(theme.warnings.count == 1)
        #expect(theme.warnings.first?.contains("unknown/theme.yaml: unknown token color.sparkle") == true)
        #expect(theme.light["color.sparkle"] == nil)
    }

    @Test("missing themes and path-like names are errors", arguments: ["nope", "../default", ""])
    func missingOrBadName(name: String) throws {
        #expect(throws: ThemingError.self) { try ThemeLoader(directory: FixtureThemes.directory).load(name) }
    }

    @Test("the bundled folder offers default and high-contrast")
    func bundledThemes() {
        let names = ThemeLoader(directory: FixtureThemes.bundled).availableThemes()
        #expect(names.contains("default"))
        #expect(names.contains("high-contrast"))
    }
}
