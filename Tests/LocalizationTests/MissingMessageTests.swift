import Logging
import Testing

@testable import Localization

struct MissingMessageTests {
    @Test("a missing translation falls back to the source and is logged once, at debug level")
    func loggedOnce() {
        let records = RecordingLogHandler.Records()
        let catalogs = MessageCatalogs(
            directories: MessageCatalogsTests.layers, checkInterval: .zero, logger: RecordingLogHandler.logger(records))
        let message = LocalizableMessage("Only in English")
        for _ in 0..<3 {
            #expect(catalogs.localizer(for: LanguagePreference(tags: ["es"])).text(message) == "Only in English")
        }
        let misses = records.all.filter { $0.metadata["msgid"] == "Only in English" }
        #expect(misses.count == 1)
        #expect(misses.first?.level == .debug)
        #expect(misses.first?.metadata["language"] == "es")
        #expect(misses.first?.metadata["shown_in"] == "en")
    }

    @Test("a message no catalogue has shows its English text with placeholders filled, never a raw key")
    func neverRawKey() {
        let records = RecordingLogHandler.Records()
        let catalogs = MessageCatalogs(
            directories: MessageCatalogsTests.layers, checkInterval: .zero, logger: RecordingLogHandler.logger(records))
        let localizer = catalogs.localizer(for: LanguagePreference(tags: ["pt-BR"]))
        #expect(localizer.text(LocalizableMessage("Resize {name}", ["name": "vm1"])) == "Resize vm1")
        #expect(localizer.text(LocalizableMessage("{count} key"), plural: "{count} keys", count: 2) == "2 keys")
        #expect(records.all.filter { $0.metadata["shown_in"] == "source" }.count == 2)
    }

    @Test("falling back from pt-BR to pt is not a miss; nothing is logged for a language without catalogues")
    func notMisses() {
        let records = RecordingLogHandler.Records()
        let catalogs = MessageCatalogs(
            directories: MessageCatalogsTests.layers, checkInterval: .zero, logger: RecordingLogHandler.logger(records))
        _ = catalogs.localizer(for: LanguagePreference(tags: ["pt-BR"])).text(LocalizableMessage("Launch {name}"))
        _ = catalogs.localizer(for: LanguagePreference(tags: ["de"])).text(LocalizableMessage("Launch {name}"))
        #expect(records.all.filter { $0.metadata["msgid"] != nil }.isEmpty)
    }
}
