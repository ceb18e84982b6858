import Foundation
import Testing

@testable import Localization

/// The shipped `locales/` folder: the template is current and every shipped language is complete.
struct LocalesTests {
    static let root = Fixtures.repositoryRoot
    static let potPath = root + "/locales/exosphere.pot"

    static var shippedCatalogs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root + "/locales")) ?? []).filter { $0.hasSuffix(".po") }.sorted()
    }

    @Test("no message id interpolates values (it would never match a catalogue entry)")
    func noInterpolation() throws {
        let template = try MessageTemplate(root: Self.root)
        #expect(template.problems.isEmpty, "\(template.problems)")
        #expect(template.messages.count > 50)
    }

    /// Writes `locales/exosphere.pot` when the strings changed, and fails so the change is committed.
    @Test("locales/exosphere.pot lists every translatable string of the sources and templates")
    func templateIsCurrent() throws {
        let expected = try MessageTemplate(root: Self.root).potText
        let written = try? String(contentsOfFile: Self.potPath, encoding: .utf8)
        if written != expected {
            try expected.write(toFile: Self.potPath, atomically: true, encoding: .utf8)
        }
        #expect(written == expected, "locales/exosphere.pot was stale and has been rewritten; review and commit it")
    }

    @Test("English and at least one other language are shipped")
    func shipped() {
        #expect(Self.shippedCatalogs.contains("en.po"))
        #expect(Self.shippedCatalogs.count >= 2)
    }

    @Test("every shipped catalogue translates every message, with the same placeholders", arguments: shippedCatalogs)
    func complete(file: String) throws {
        let template = try POReader.read(path: Self.potPath)
        let path = Self.root + "/locales/" + file
        let tag = try #require(LanguageTag.normalized(String(file.dropLast(3))))
        let catalog = MessageCatalog(file: try POReader.read(path: path), languageTag: tag)
        #expect(catalog.problems.isEmpty, "\(catalog.problems.map(\.message.sourceText))")
        let missing = template.entries.filter { !catalog.contains($0.msgid, context: $0.context) }
        #expect(missing.isEmpty, "\(file) lacks: \(missing.map(\.msgid))")
        let header = try POReader.read(path: path).header
        #expect(PluralRule(header: header["Plural-Forms"] ?? "") != nil, "\(file) needs a valid Plural-Forms header")
    }

    @Test("a catalogue missing a message fails the completeness check")
    func completenessCanFail() throws {
        let catalog = MessageCatalog(file: try POReader.read(path: Fixtures.path("catalogs/bundled/pt.po")), languageTag: "pt")
        let template = try POReader.read(path: Self.potPath)
        #expect(template.entries.contains { !catalog.contains($0.msgid, context: $0.context) })
    }
}
