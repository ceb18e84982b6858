import Foundation
import Testing

@testable import WebUI

/// Every word a template shows must be inside `{{#t}}…{{/t}}`, so catalogues can translate it.
@Suite("Template text")
struct TemplateTextTests {
    static var templateNames: [String] {
        let folder = TestWebApp.resources.templates
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
    }

    @Test("no visible text outside {{#t}}", arguments: templateNames)
    func everyStringTranslatable(name: String) throws {
        // Mustache tags go before HTML tags: `{{<layout}}` would otherwise open an HTML tag.
        var text = try String(contentsOf: TestWebApp.resources.templates.appendingPathComponent(name), encoding: .utf8)
        for pattern in [#"\{\{#t\}\}.*?\{\{/t\}\}"#, #"<title>.*?</title>"#, #"\{\{[^}]*\}\}"#, #"<[^>]*>"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: [.regularExpression])
        }
        let leftover = text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && !"·—/:".unicodeScalars.contains($0) }
        #expect(leftover.isEmpty, "untranslatable text in \(name): \(String(String.UnicodeScalarView(leftover)))")
    }

    @Test("there are templates to check")
    func found() {
        #expect(Self.templateNames.count >= 9)
    }
}
