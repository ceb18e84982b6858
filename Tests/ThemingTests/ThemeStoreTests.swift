import Foundation
import Testing
import Theming

@Suite("Stylesheets and reloading")
struct ThemeStoreTests {
    @Test("the stylesheet sets light values by default and dark ones by preference or choice")
    func stylesheet() throws {
        let entry = try ThemeStore(directory: FixtureThemes.directory).entry("default")
        let css = entry.css
        #expect(css.contains(":root, [data-color-mode=\"light\"] {"))
        #expect(css.contains("@media (prefers-color-scheme: dark)"))
        #expect(css.contains("[data-color-mode=\"dark\"] {"))
        #expect(css.contains("--exo-color-canvas-default: #0d1117;"))
        #expect(css.contains("--exo-color-canvas-default: #ffffff;"))
        #expect(css.contains("--exo-radius-default: 6px;"))
        #expect(!css.contains("url("))
    }

    @Test("editing theme.yaml shows on the next request, without a restart")
    func reloadsOnChange() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("themes-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: FixtureThemes.directory, to: folder)
        let store = ThemeStore(directory: folder)
        let before = try store.entry("minimal")
        #expect(before.theme.light["color.accent.fg"] == "#123456")

        let file = folder.appendingPathComponent("minimal/theme.yaml")
        try Data("tokens:\n  light:\n    color.accent.fg: \"#654321\"\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: file.path)
        let after = try store.entry("minimal")
        #expect(after.theme.light["color.accent.fg"] == "#654321")
        #expect(after.version != before.version)
    }
}
