import Foundation
import Testing

@testable import Localization

struct ReloadTests {
    /// A fresh folder holding a copy of the Spanish fixture catalogue.
    private func folder() throws -> String {
        let path = NSTemporaryDirectory() + "exosphere-locales-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("catalogs/bundled/es.po"), toPath: path + "/es.po")
        return path
    }

    private func write(_ text: String, to path: String, modified: TimeInterval) throws {
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        // An explicit time, so the change shows even on file systems with coarse timestamps.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: modified)], ofItemAtPath: path)
    }

    private let launch = LocalizableMessage("Launch {name}", ["name": "lab"])

    @Test("a changed file shows at the next localizer, without a restart")
    func changedFile() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let catalogs = MessageCatalogs(directories: [directory], checkInterval: .zero)
        let before = catalogs.localizer(for: LanguagePreference(tags: ["es"]))
        #expect(before.text(launch) == "Lanzar lab")
        try write("msgid \"Launch {name}\"\nmsgstr \"Arrancar {name}\"\n", to: directory + "/es.po", modified: 1_000)
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["es"])).text(launch) == "Arrancar lab")
        #expect(before.text(launch) == "Lanzar lab")
    }

    @Test("localizers translate alike, and say so, until a file changes, is added or is removed")
    func cacheIdentity() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let catalogs = MessageCatalogs(directories: [directory], checkInterval: .zero)
        let spanish = { catalogs.localizer(for: LanguagePreference(tags: ["es"])).cacheIdentity }
        let first = try #require(spanish())
        #expect(spanish() == first)
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["en"])).cacheIdentity != first)
        try write("msgid \"Launch {name}\"\nmsgstr \"Arrancar {name}\"\n", to: directory + "/es.po", modified: 1_000)
        let edited = try #require(spanish())
        #expect(edited != first)
        try write("msgid \"Launch {name}\"\nmsgstr \"Lancer {name}\"\n", to: directory + "/fr.po", modified: 1_000)
        let added = try #require(spanish())
        #expect(added != edited)
        try FileManager.default.removeItem(atPath: directory + "/fr.po")
        #expect(spanish() != added)
        // Another set of catalogues over the same files never shares an identity with these.
        let other = MessageCatalogs(directories: [directory], checkInterval: .zero)
        #expect(other.localizer(for: LanguagePreference(tags: ["es"])).cacheIdentity != spanish())
    }

    @Test("a new language file is offered and used at the next localizer; a removed one is dropped")
    func newAndRemovedFile() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let catalogs = MessageCatalogs(directories: [directory], checkInterval: .zero)
        #expect(catalogs.availableLanguages().map(\.tag) == ["en", "es"])
        try write("msgid \"Launch {name}\"\nmsgstr \"Lancer {name}\"\n", to: directory + "/fr.po", modified: 1_000)
        #expect(catalogs.availableLanguages().map(\.tag) == ["en", "es", "fr"])
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["fr"])).text(launch) == "Lancer lab")
        try FileManager.default.removeItem(atPath: directory + "/fr.po")
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["fr"])).text(launch) == "Launch lab")
    }

    @Test("a file broken by an edit keeps its last good version and reports the line")
    func brokenEdit() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let catalogs = MessageCatalogs(directories: [directory], checkInterval: .zero)
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["es"])).text(launch) == "Lanzar lab")
        try write("msgid \"Launch {name}\"\nmsgstr \"Arrancar\n", to: directory + "/es.po", modified: 1_000)
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["es"])).text(launch) == "Lanzar lab")
        #expect(catalogs.problems() == [.unterminatedString(path: directory + "/es.po", line: 2)])
    }

    @Test("within the check interval the folder is not read again")
    func checkInterval() throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let catalogs = MessageCatalogs(directories: [directory], checkInterval: .seconds(3600))
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["es"])).text(launch) == "Lanzar lab")
        try write("msgid \"Launch {name}\"\nmsgstr \"Arrancar {name}\"\n", to: directory + "/es.po", modified: 1_000)
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["es"])).text(launch) == "Lanzar lab")
    }
}
