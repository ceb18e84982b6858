import ExosphereCore
import Foundation
import Localization
import PluginModel
import Testing

@testable import WebUI

/// What extensions (plugins) add to pages is escaped, checked and bounded in time.
@Suite struct ExtensionRenderingTests {
    @Test func everyStringOfAViewNodeIsEscaped() {
        let hostile = "<script>alert('x')</script>&\""
        let html = ViewNodeHTML.render(
            .group([
                .text(hostile), .heading(hostile), .stat(label: hostile, value: hostile, tone: "ok"), .list([hostile]),
                .table(columns: [hostile], rows: [[hostile]]), .link(label: hostile, url: "/x?a=\"<b>"),
            ]))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("'x'"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"))
        #expect(html.contains("href=\"/x?a=&quot;&lt;b&gt;\""))
    }

    @Test func eachKindHasItsClass() {
        let html = ViewNodeHTML.render(
            .group([
                .stat(label: "SUs", value: "120", tone: "warning"), .progress(label: "Used", value: 30, maximum: 120),
                .table(columns: ["Day"], rows: [["1"]]), .list(["a"]), .link(label: "More", url: "https://example.edu/a"),
            ]))
        #expect(html.contains("<p class=\"ext-stat tone-warning\"><span class=\"ext-stat-label\">SUs</span> <span class=\"ext-stat-value\">120</span></p>"))
        #expect(html.contains("<progress max=\"120\" value=\"30\">25%</progress>"))
        #expect(html.contains("<table class=\"ext-table\"><thead><tr><th scope=\"col\">Day</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"))
        #expect(html.contains("<ul class=\"ext-list\"><li>a</li></ul>"))
        #expect(html.contains("<a class=\"ext-link\" href=\"https://example.edu/a\" rel=\"noopener noreferrer\">More</a>"))
    }

    @Test func unknownTonesAndOddNumbersAreTamed() {
        #expect(ViewNodeHTML.render(.stat(label: "a", value: "b", tone: "x\" onclick=\"y")) == "<p class=\"ext-stat\"><span class=\"ext-stat-label\">a</span> <span class=\"ext-stat-value\">b</span></p>")
        #expect(ViewNodeHTML.render(.progress(label: "a", value: .infinity, maximum: 0)).contains("<progress max=\"1\" value=\"0\">0%</progress>"))
        #expect(ViewNodeHTML.render(.progress(label: "a", value: 500, maximum: 100)).contains("value=\"100\">100%"))
    }

    @Test(arguments: ["javascript:alert(1)", "//evil.example/x", "/\\evil.example", "data:text/html,x", " https://x"])
    func unsafeLinksBecomeText(url: String) {
        #expect(ViewNodeHTML.render(.link(label: "go", url: url)) == "<p>go</p>")
    }

    @Test func themeTokensThatCouldBreakOutAreDropped() {
        let css = ExtensionThemeCSS.css([
            "color-primary": "#8c1515", "Bad": "red", "brand": "x; } body { display: none", "logo": "url(https://evil.example)",
            "note": "a /* b", "quote": "\"x\"", "at": "@import x",
        ])
        #expect(css.contains("  --exo-color-primary: #8c1515;"))
        #expect(!css.contains("Bad") && !css.contains("display") && !css.contains("url(") && !css.contains("note"))
        #expect(!css.contains("quote") && !css.contains("@import"))
        #expect(ExtensionThemeCSS.css(["x": "}"]).isEmpty)
    }

    @Test func onlyShellScriptPartsBecomeSetupSteps() {
        let script = ExtensionCloudInitPart(plugin: "site-tools", id: "mount_scratch", contentType: "text/x-shellscript", content: "mount /scratch")
        #expect(script.setupPart == SetupPart(name: "plugin-site-tools-mount-scratch", description: "Setup from plugin site-tools", script: "mount /scratch"))
        #expect(ExtensionCloudInitPart(plugin: "p", id: "c", contentType: "text/cloud-config", content: "packages: [htop]").setupPart == nil)
    }

    @Test func cardsKeepTheirOrderAndAFailureBecomesANotice() async {
        let items = ["a", "b", "c"].map { ExtensionItem(plugin: "p", id: $0, title: $0.uppercased()) }
        let cards = await ExtensionRendering.render(items, budget: .seconds(60), localizer: SourceLanguageLocalizer()) { item in
            guard item.id != "b" else { throw WebUIError.invalidForm(field: "b") }
            return .text("card " + item.id)
        }
        #expect(cards.map(\.id) == ["a", "b", "c"])
        #expect(cards[0].html == "<p>card a</p>")
        #expect(cards[1].html == nil)
        #expect(cards[1].notice?.hasPrefix("This card could not be shown: The field b is missing or not valid.") == true)
        #expect(cards[2].html == "<p>card c</p>")
    }

    @Test func aCardThatNeverAnswersShowsANoticeAfterItsBudget() async {
        let never = NeverAnswering()
        let items = [ExtensionItem(plugin: "p", id: "slow", title: "Slow")]
        let cards = await ExtensionRendering.render(items, budget: .milliseconds(20), localizer: SourceLanguageLocalizer()) { item in
            await never.wait()
            return .text(item.id)
        }
        #expect(cards.first?.html == nil)
        #expect(cards.first?.notice == "This card could not be shown: it took longer than 20 ms.")
        await never.release()
    }
}

/// Work that waits until the test releases it, standing in for a plugin that hangs.
actor NeverAnswering {
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var released = false

    func wait() async {
        guard !released else { return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        released = true
        for continuation in waiting { continuation.resume() }
        waiting = []
    }
}
