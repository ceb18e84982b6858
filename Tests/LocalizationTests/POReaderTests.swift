import Testing

@testable import Localization

struct POReaderTests {
    private func complete() throws -> POFile {
        try POReader.read(path: Fixtures.path("po/complete.po"))
    }

    @Test("the header's fields are read, Plural-Forms included")
    func header() throws {
        let file = try complete()
        #expect(file.header["Language"] == "es")
        #expect(file.header["Plural-Forms"] == "nplurals=2; plural=(n != 1);")
        #expect(!file.entries.contains { $0.isHeader })
    }

    @Test("comments, references, flags and the entry's first line are kept")
    func commentsAndFlags() throws {
        let entry = try #require(try complete().entries.first)
        #expect(entry.msgid == "There is no instance named {instance}.")
        #expect(entry.extractedComments == ["Shown on the instance list."])
        #expect(entry.references == ["Sources/ExosphereCore/CoreError.swift:25"])
        #expect(entry.flags == ["python-brace-format"])
        #expect(entry.line == 10)
    }

    @Test("msgctxt tells two entries with the same msgid apart")
    func contexts() throws {
        let opens = try complete().entries.filter { $0.msgid == "Open" }
        #expect(opens.map(\.context) == ["verb", "adjective"])
        #expect(opens.map(\.translations) == [["Abrir"], ["Abierto"]])
    }

    @Test("plural entries keep msgid_plural and msgstr[n] in order")
    func plurals() throws {
        let entry = try #require(try complete().entries.first { $0.msgidPlural != nil })
        #expect(entry.msgidPlural == "{count} instances")
        #expect(entry.translations == ["{count} instancia", "{count} instancias"])
    }

    @Test("strings continue over several lines and C escapes are decoded")
    func continuationAndEscapes() throws {
        let entries = try complete().entries
        #expect(entries.contains { $0.msgid == "A long message over several lines." })
        let escaped = try #require(entries.first { $0.msgid.hasPrefix("Tab") })
        #expect(escaped.msgid == "Tab\there, \"quoted\", back\\slash,\nnew line")
        #expect(escaped.translations == ["Tab\taquí, «citado», barra\\invertida,\nnueva línea AA"])
    }

    @Test("fuzzy and untranslated entries are read but flagged; obsolete #~ entries are dropped")
    func fuzzyAndObsolete() throws {
        let entries = try complete().entries
        #expect(entries.first { $0.msgid == "Delete" }?.isFuzzy == true)
        #expect(entries.first { $0.msgid == "Untranslated" }?.isTranslated == false)
        #expect(!entries.contains { $0.msgid == "Old message" })
    }

    @Test("Windows line ends are accepted")
    func crlf() throws {
        let file = try POReader.read(path: Fixtures.path("po/crlf.po"))
        #expect(file.entries.map(\.translations) == [["Fin de línea de Windows"]])
    }

    @Test("a fuzzy header is ignored, as msgfmt ignores it")
    func fuzzyHeader() throws {
        #expect(try POReader.read(path: Fixtures.path("po/fuzzy-header.po")).header.isEmpty)
    }

    @Test(
        "a malformed file is an error naming the file and line",
        arguments: [
            ("unterminated.po", LocalizationErrorShape.unterminatedString(line: 2)),
            ("bad-escape.po", .invalidEscape(line: 2, sequence: "\\q")),
            ("stray-text.po", .unexpectedLine(line: 3)),
            ("text-after-string.po", .unexpectedLine(line: 2)),
            ("orphan-string.po", .unexpectedLine(line: 4)),
            ("bad-continuation.po", .unterminatedString(line: 4)),
            ("msgstr-first.po", .misplacedKeyword(line: 1, keyword: "msgstr")),
            ("two-msgids.po", .misplacedKeyword(line: 2, keyword: "msgid")),
            ("plural-gap.po", .misplacedKeyword(line: 4, keyword: "msgstr[2]")),
            ("index-without-plural.po", .misplacedKeyword(line: 2, keyword: "msgstr[0]")),
            ("missing-msgstr.po", .incompleteEntry(line: 1, missing: "msgstr")),
            ("duplicate.po", .duplicateMessage(line: 4, firstLine: 1)),
        ])
    func malformed(name: String, expected: LocalizationErrorShape) {
        let path = Fixtures.path("malformed/" + name)
        #expect(throws: LocalizationError.self) { try POReader.read(path: path) }
        do {
            _ = try POReader.read(path: path)
        } catch {
            #expect(LocalizationErrorShape(error, path: path) == expected)
            #expect(error.message.sourceText.contains(path))
        }
    }

    @Test("a file that is not UTF-8, or missing, is an error naming it")
    func unreadable() {
        let notUTF8 = Fixtures.path("malformed/not-utf8.po")
        #expect(throws: LocalizationError.notUTF8(path: notUTF8)) { try POReader.read(path: notUTF8) }
        let missing = Fixtures.path("malformed/absent.po")
        #expect {
            try POReader.read(path: missing)
        } throws: { error in
            guard case .unreadableFile(let path, _) = error as? LocalizationError else { return false }
            return path == missing
        }
    }
}
