import Testing

@testable import Localization

struct NounRenamesTests {
    static let renames = NounRenames([
        "en": ["instance": "virtual computer", "instances": "virtual computers", "floating IP": "public IP address", "VM": "VC"],
        "es": ["instancia": "computadora virtual", "instancias": "computadoras virtuales"],
    ])

    @Test(
        "whole words are renamed in the case of the text they replace",
        arguments: [
            ("Delete the instance {name}?", "Delete the virtual computer {name}?"),
            ("Instance {name} is ready.", "Virtual computer {name} is ready."),
            ("INSTANCES", "VIRTUAL COMPUTERS"),
            ("3 instances, 1 floating IP", "3 virtual computers, 1 public IP address"),
            ("instanceof and subinstance stay", "instanceof and subinstance stay"),
            ("the instance's disk", "the virtual computer's disk"),
            ("{instance} is a placeholder", "{instance} is a placeholder"),
            ("A VM", "A VC"),
        ])
    func english(template: String, expected: String) {
        #expect(Self.renames.apply(to: template, languageTag: "en-US") == expected)
    }

    @Test("each language has its own renames; a language without any is unchanged")
    func perLanguage() {
        #expect(Self.renames.apply(to: "Instancias de {name}", languageTag: "es") == "Computadoras virtuales de {name}")
        #expect(Self.renames.apply(to: "Instance", languageTag: "fr") == "Instance")
    }

    @Test("renames apply to translations and the source text but never to placeholder values")
    func throughLocalizer() {
        let catalogs = MessageCatalogs(
            directories: [Fixtures.path("catalogs/bundled")], renames: Self.renames, checkInterval: .zero)
        let message = LocalizableMessage("Delete the instance {name}?", ["name": "my instance"])
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["en"])).text(message) == "Delete the virtual computer my instance?")
        #expect(catalogs.localizer(for: LanguagePreference(tags: ["es"])).text(message) == "¿Eliminar la computadora virtual my instance?")
        let plural = catalogs.localizer(for: LanguagePreference(tags: ["de"]))
            .text(LocalizableMessage("{count} instance is running."), plural: "{count} instances are running.", count: 2)
        #expect(plural == "2 virtual computers are running.")
    }
}
