import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import WebUI

@Suite("Themes and assets over HTTP")
struct ThemeRouteTests {
    @Test("pages link the chosen theme's stylesheet, served as CSS from our origin")
    func switchTheme() async throws {
        try await TestWebApp.test() { client in
            var browser = TestBrowser(client)
            let before = String(buffer: try await browser.get("/settings").body)
            #expect(before.contains("href=\"/theme/default.css?v="))
            #expect(try await browser.post("/settings", [("theme", "high-contrast")]).status == .seeOther)
            let after = String(buffer: try await browser.get("/settings").body)
            #expect(after.contains("href=\"/theme/high-contrast.css?v="))
            let css = try await browser.get("/theme/high-contrast.css")
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(String(buffer: css.body).contains("--exo-color-fg-default: #000000;"))
            #expect(try await browser.post("/settings", [("theme", "../etc")]).status == .badRequest)
        }
    }

    @Test("our own CSS, JS, logo and favicon are served; nothing else is", arguments: [
        ("/static/app.css", HTTPResponse.Status.ok), ("/static/app.js", .ok), ("/theme/default/logo", .ok),
        ("/theme/default/favicon", .ok), ("/static/../Package.swift", .notFound), ("/static/other.js", .notFound),
        ("/theme/nope.css", .notFound), ("/theme/default/theme.yaml", .notFound),
    ])
    func assets(path: String, status: HTTPResponse.Status) async throws {
        try await TestWebApp.test() { client in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == status)
        }
    }

    @Test("the bundled themes report no contrast problem at start-up")
    func themeReport() async throws {
        let app = try TestWebApp.make()
        let report = app.themeReport()
        await app.close()
        #expect(report == [])
    }

    @Test("the about page shows the operator's text")
    func about() async throws {
        try await TestWebApp.test(about: "Run by Research Computing.") { client in
            let response = try await client.execute(uri: "/about", method: .get)
            #expect(String(buffer: response.body).contains("<p>Run by Research Computing.</p>"))
        }
    }

    @Test("an unknown page is a 404 page")
    func notFound() async throws {
        try await TestWebApp.test() { client in
            let response = try await client.execute(uri: "/nowhere", method: .get)
            #expect(response.status == .notFound)
            #expect(String(buffer: response.body).contains("There is no page at /nowhere."))
        }
    }
}
