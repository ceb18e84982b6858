import Localization
import Testing
import Foundation
import Synchronization

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

    @Test("a translation without placeholders is final HTML; one with placeholders is a template")
    func outputs() {
        let localizer = SourceLanguageLocalizer()
        guard case .html(let plain) = Translation.output(for: " Skip <to>\n content ", localizer: localizer) else {
            Issue.record("expected final HTML")
            return
        }
        #expect(plain == "Skip &lt;to&gt; content")
        guard case .template(let filled) = Translation.output(for: "and {{page.n}} more", localizer: localizer) else {
            Issue.record("expected a template")
            return
        }
        #expect(filled == "and {{page.n}} more")
    }

    @Test("each section text is translated once per localizer identity")
    func cache() {
        let cache = TranslationCache()
        let english = LocalizerIdentity(chain: ["en"], generation: 1)
        let spanish = LocalizerIdentity(chain: ["es", "en"], generation: 1)
        let calls = Mutex(0)
        let translate = { (text: String) -> Translation.Output in
            calls.withLock { $0 += 1 }
            return .html(text.uppercased())
        }
        for _ in 0..<3 {
            #expect(cache.output(of: "Dashboard", identity: english) { translate("Dashboard") }.description == "DASHBOARD")
        }
        _ = cache.output(of: "Dashboard", identity: spanish) { translate("Dashboard") }
        _ = cache.output(of: "About", identity: english) { translate("About") }
        #expect(calls.withLock { $0 } == 3)
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
