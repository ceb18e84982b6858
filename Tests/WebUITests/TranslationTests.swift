import Localization
import Testing
import Foundation

@testable import WebUI

/// A localizer that shouts, so tests can see which text went through it.
struct ShoutingLocalizer: MessageLocalizer {
    var languageTag: String { "xx" }
    func text(_ message: LocalizableMessage) -> String { message.msgid.uppercased().replacingOccurrences(of: "{PAGE.N}", with: "{page.n}") }
    func text(_ message: LocalizableMessage, plural: String, count: Int) -> String { text(message) }
}

@Suite("Template translation")
struct TranslationTests {
    @Test("section text becomes a message id with {name} placeholders")
    func msgids() {
        #expect(Translation.msgid(from: "  Showing {{page.n}}\n   instances ") == "Showing {page.n} instances")
    }

    @Test("translations are escaped and cannot add Mustache tags; placeholders come back")
    func templates() {
        struct Evil: MessageLocalizer {
            var languageTag: String { "xx" }
            func text(_ message: LocalizableMessage) -> String { "<b>{{{chrome.csrf}}}</b> {page.n} {not a name}" }
            func text(_ message: LocalizableMessage, plural: String, count: Int) -> String { "" }
        }
        let template = Translation.template(for: "x", localizer: Evil())
        #expect(template == "&lt;b&gt;&#123;&#123;{{chrome.csrf}}&#125;&#125;&lt;/b&gt; {{page.n}} &#123;not a name&#125;")
    }

    @Test("every page's text goes through the localizer")
    func pagesUseLocalizer() throws {
        let renderer = try TemplateRenderer(directory: TestWebApp.resources.templates, reloads: false)
        let chrome = PageChrome(
            appTitle: "Exosphere", pageTitle: "T", lang: "xx", colorMode: "auto", themeCSS: "/t.css", logo: nil, favicon: nil,
            csrf: "c", section: .instances, notice: nil, multiUser: false)
        let html = try renderer.render(
            "about", page: AboutPage(text: "", version: "9"), chrome: chrome, localizer: ShoutingLocalizer())
        #expect(html.contains("SKIP TO CONTENT"))
        #expect(html.contains(">INSTANCES</a>"))
        #expect(!html.contains(">Instances</a>"))
    }
}
