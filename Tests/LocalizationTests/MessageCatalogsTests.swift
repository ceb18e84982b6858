import Logging
import Testing

@testable import Localization

struct MessageCatalogsTests {
    static let layers = ["site", "plugin", "bundled"].map { Fixtures.path("catalogs/" + $0) }

    private func catalogs(_ directories: [String] = layers, logger: Logger = Logger(label: "test")) -> MessageCatalogs {
        MessageCatalogs(directories: directories, checkInterval: .zero, logger: logger)
    }

    private func text(_ msgid: String, _ arguments: [String: String] = [:], in tags: String...) -> String {
        catalogs().localizer(for: LanguagePreference(tags: tags)).text(LocalizableMessage(msgid, arguments))
    }

    @Test(
        "each message comes from the most specific language that has it: pt-BR, then pt, then English",
        arguments: [
            ("Delete the instance {name}?", "Excluir a instância lab?"),
            ("Launch {name}", "Lançar lab"),
            ("Only in English", "Only in English"),
            ("Not in any catalogue {name}", "Not in any catalogue lab"),
        ])
    func fallbackChain(msgid: String, expected: String) {
        #expect(text(msgid, ["name": "lab"], in: "pt-BR") == expected)
    }

    @Test("the chain lists the available languages in order and ends with English")
    func chain() {
        let catalogs = catalogs()
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["pt-BR"])).chain == ["pt-BR", "pt", "en"])
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["de", "es"])).chain == ["es", "en"])
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["de"])).languageTag == "en")
        // English speakers never see another language for a message English lacks.
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["en-GB", "es"])).chain == ["en"])
    }

    @Test("layers: the site overlay wins, then plugin catalogues, then the bundled ones")
    func layering() {
        #expect(text("Launch {name}", ["name": "lab"], in: "es") == "Crear lab")
        #expect(text("Back up {name} now", ["name": "lab"], in: "es") == "Respaldar lab ahora")
        #expect(text("Delete the instance {name}?", ["name": "lab"], in: "es") == "¿Eliminar la instancia lab?")
        let withoutSite = catalogs(Array(Self.layers.dropFirst())).localizer(for: LanguagePreference(tags: ["es"]))
        #expect(withoutSite.text(LocalizableMessage("Launch {name}", ["name": "x"])) == "Lanzar x (complemento)")
    }

    @Test(
        "plural forms follow each catalogue's rule; a file without Plural-Forms uses the built-in one",
        arguments: [
            ("es", 1, "1 instancia está en marcha."), ("es", 0, "0 instancias están en marcha."),
            ("pt-BR", 0, "0 instância está em execução."), ("pt-BR", 2, "2 instâncias estão em execução."),
            ("pl", 1, "Działa 1 instancja."), ("pl", 3, "Działają 3 instancje."), ("pl", 25, "Działa 25 instancji."),
            ("de", 1, "1 instance is running."), ("de", 7, "7 instances are running."),
        ])
    func plurals(tag: String, count: Int, expected: String) {
        let localizer = catalogs().localizer(for: LanguagePreference(tags: [tag]))
        let message = LocalizableMessage("{count} instance is running.")
        #expect(localizer.text(message, plural: "{count} instances are running.", count: count) == expected)
    }

    @Test("msgctxt entries are found only with their context")
    func context() {
        let localizer = catalogs().localizer(for: LanguagePreference(tags: ["es"]))
        #expect(localizer.text(LocalizableMessage("Open"), context: "button") == "Abrir")
        #expect(localizer.text(LocalizableMessage("Open")) == "Open")
    }

    @Test("available languages are every catalogue's plus English, with native names")
    func availableLanguages() {
        let languages = catalogs().availableLanguages()
        #expect(languages.map(\.tag) == ["en", "es", "pl", "pt", "pt-BR"])
        #expect(languages.first { $0.tag == "es" }?.nativeName == "Español")
        #expect(languages.first { $0.tag == "pt-BR" }?.nativeName == "Português (Brasil)")
    }

    @Test("a catalogue folder that does not exist counts as empty")
    func missingFolder() {
        let localizer = catalogs(["/nonexistent/locales"]).localizer(for: LanguagePreference(tags: ["es"]))
        #expect(localizer.languageTag == "en")
        #expect(localizer.text(LocalizableMessage("Launch {name}", ["name": "a"])) == "Launch a")
    }
}
