import Testing

@testable import Localization

struct MessageCatalogTests {
    private func catalog(_ name: String, tag: String) throws -> MessageCatalog {
        MessageCatalog(file: try POReader.read(path: Fixtures.path("po/" + name)), languageTag: tag)
    }

    @Test("fuzzy and untranslated entries are not used")
    func fuzzyAndUntranslated() throws {
        let catalog = try catalog("complete.po", tag: "es")
        #expect(catalog.translation(of: "Delete") == nil)
        #expect(catalog.translation(of: "Untranslated") == nil)
        #expect(catalog.translation(of: "Open", context: "adjective") == "Abierto")
    }

    @Test("a translation with other placeholders than its source is dropped and reported")
    func placeholderMismatch() throws {
        let catalog = try catalog("placeholder-mismatch.po", tag: "fr")
        let path = Fixtures.path("po/placeholder-mismatch.po")
        #expect(catalog.translation(of: "There is no cloud named {cloud}.") == nil)
        #expect(catalog.translation(of: "Cloud {cloud} has no region {region}.") == nil)
        #expect(catalog.translation(of: "Kept {name}") == "Gardé {name}")
        #expect(catalog.problems.count == 2)
        #expect(catalog.problems.first == .placeholderMismatch(path: path, line: 1, msgid: "There is no cloud named {cloud}."))
    }

    @Test("without a Plural-Forms header the built-in rule of the file's language applies")
    func builtInRule() throws {
        let catalog = try catalog("no-header.po", tag: "pl")
        #expect(catalog.translation(of: "{count} file", count: 5) == "{count} plików")
        #expect(catalog.translation(of: "{count} file", count: 22) == "{count} pliki")
        #expect(catalog.problems.isEmpty)
    }

    @Test("an unusable Plural-Forms header is reported and the built-in rule applies")
    func badHeader() throws {
        let catalog = try catalog("bad-plural-header.po", tag: "fr")
        #expect(catalog.pluralRule.formIndex(for: 0) == 0)
        #expect(catalog.problems.count == 1)
    }
}
