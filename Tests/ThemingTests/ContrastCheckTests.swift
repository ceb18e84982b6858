import Foundation
import Testing
import Theming

@Suite("Contrast")
struct ContrastCheckTests {
    @Test("ratios match WCAG's published extremes")
    func ratios() throws {
        let black = try #require(ThemeColor(parsing: "#000"))
        let white = try #require(ThemeColor(parsing: "#fff"))
        let grey = try #require(ThemeColor(parsing: "#767676"))
        #expect(abs(ThemeColor.contrastRatio(black, white) - 21) < 0.001)
        #expect(abs(ThemeColor.contrastRatio(white, white) - 1) < 0.001)
        // #767676 on white is the well-known lightest grey that passes AA (4.54:1).
        #expect(abs(ThemeColor.contrastRatio(grey, white) - 4.54) < 0.01)
    }

    @Test("every bundled theme passes its contrast table in both modes", arguments: ["default", "high-contrast"])
    func bundledPass(name: String) throws {
        let theme = try ThemeLoader(directory: FixtureThemes.bundled).load(name)
        let findings = ContrastCheck.findings(for: theme)
        #expect(findings.isEmpty, "\(findings.map(\.description))")
        #expect(theme.warnings.isEmpty)
    }

    @Test("high-contrast holds text to 7:1")
    func highContrastTarget() throws {
        let theme = try ThemeLoader(directory: FixtureThemes.bundled).load("high-contrast")
        #expect(theme.textContrast == 7)
    }

    @Test("a muted text colour below 4.5:1 is reported with its ratio")
    func lowContrastReported() throws {
        let theme = try ThemeLoader(directory: FixtureThemes.directory).load("lowcontrast")
        let findings = ContrastCheck.findings(for: theme)
        let finding = try #require(findings.first { $0.requirement.fg == "color.fg.muted" && $0.mode == "light" })
        #expect(finding.description.contains("color.fg.muted on color.canvas.default is 1.9"))
        #expect(findings.count == 1)
    }
}
