import CloudConfig
import Foundation
import NIOCore
import HTTPTypes
import HummingbirdTesting
import Localization
import Logging
import Testing

@testable import WebUI

@Suite("Choosing the page language")
struct LanguageChoiceTests {
    static var locales: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("locales").path
    }

    @Test(
        "Accept-Language picks the first offered language, a region falling back to its language",
        arguments: [
            ("es-MX,es;q=0.9,en;q=0.8", "es-MX"), ("fr-FR, de;q=0.5, es;q=0.1", "es"), ("fr, de", nil), ("en;q=0.2, es;q=0.9", "es"),
            ("", nil), ("*", nil),
        ] as [(String, String?)])
    func negotiation(header: String, expected: String?) {
        #expect(RequestLanguage.negotiate(header, offered: ["en", "es"]) == expected)
    }

    static func app() throws -> WebApp {
        var configuration = TestWebApp.configuration()
        configuration.use(WebUIConfiguration.siteCatalogs(LocalizationSettings(), bundledDirectory: locales))
        return try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.webui"))
    }

    @Test("the browser's language applies until the person chooses one in Settings, which then wins")
    func choice() async throws {
        let app = try Self.app()
        try await app.application().test(.router) { client in
            var browser = TestBrowser(client)
            var headers = HTTPFields()
            headers[.acceptLanguage] = "es-ES,es;q=0.9"
            let spanish = String(buffer: try await client.execute(uri: "/about", method: .get, headers: headers, body: nil).body)
            #expect(spanish.contains("<html lang=\"es"))
            #expect(spanish.contains(">Panel<"))

            let settings = String(buffer: try await browser.get("/settings").body)
            #expect(settings.contains(">Español<"))
            #expect(settings.contains(">English<"))
            #expect(settings.contains(">Dashboard<"))
            let saved = try await browser.post("/settings", [("language", "es")])
            #expect(saved.status == .seeOther)
            let chosen = String(buffer: try await browser.get("/about").body)
            #expect(chosen.contains(">Panel<"))
            #expect(!chosen.contains(">Dashboard<"))
        }
        await app.close()
    }

    @Test("the site's language (ui: locale) applies whatever the browser asks, until the person chooses one")
    func siteLanguage() async throws {
        var configuration = TestWebApp.configuration()
        configuration.use(WebUIConfiguration.siteCatalogs(LocalizationSettings(), bundledDirectory: Self.locales))
        configuration.settings.ui.locale = "es"
        let app = try WebApp(configuration: configuration, sharedWorkspace: nil, logger: Logger(label: "exosphere.tests.webui"))
        try await app.application().test(.router) { client in
            var headers = HTTPFields()
            headers[.acceptLanguage] = "en-US,en;q=0.9"
            let page = String(buffer: try await client.execute(uri: "/about", method: .get, headers: headers, body: nil).body)
            #expect(page.contains(">Panel<"))
            var browser = TestBrowser(client)
            try await browser.get("/settings")
            #expect(try await browser.post("/settings", [("language", "en")]).status == .seeOther)
            #expect(String(buffer: try await browser.get("/about").body).contains(">Dashboard<"))
        }
        await app.close()
    }

    @Test("a language the site does not offer is refused")
    func unknownLanguage() async throws {
        let app = try Self.app()
        try await app.application().test(.router) { client in
            var browser = TestBrowser(client)
            try await browser.get("/settings")
            let refused = try await browser.post("/settings", [("language", "xx")])
            #expect(refused.status != .seeOther)
        }
        await app.close()
    }
}
