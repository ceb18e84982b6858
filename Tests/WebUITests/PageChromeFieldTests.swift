import Foundation
import Testing

@testable import WebUI

/// The layout reads the page chrome by name through `PageChrome.child(named:)`, a hand-kept
/// switch (lookups by reflection cost a `Mirror` per name on every page). A name a template reads
/// that the switch does not answer renders as nothing, silently: this test reads every template
/// and asks the chrome for every `chrome.*` name, and inside `{{#chrome.x}}` sections for the
/// names read from each element.
@Suite("Page chrome fields")
struct PageChromeFieldTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/WebUI/Resources/templates")

    /// A chrome with every optional part present.
    static let chrome = PageChrome(
        appTitle: "Exosphere", pageTitle: "Dashboard", lang: "en", colorMode: "auto", themeCSS: "/theme.css", logo: "/logo.svg",
        favicon: "/favicon.png", csrf: "token", section: .dashboard, notice: PageChrome.Notice(text: "Saved", isError: false),
        multiUser: true, announcements: [AnnouncementBanner(id: "a", text: "Maintenance", level: "info", isCritical: false)],
        path: "/", extensionLinks: [ExtensionLink(title: "Help", url: "https://example.org/help")])

    static func templateTexts() throws -> [(name: String, text: String)] {
        let files = try FileManager.default.contentsOfDirectory(at: templates, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "mustache" }
        #expect(files.count > 10, "no templates found at \(templates.path)")
        return try files.map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
    }

    /// Every `chrome.<name>` a template reads, in any tag (`{{…}}`, `{{#…}}`, `{{^…}}`, `{{{…}}}`).
    static func chromeNames(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = Substring(text)
        while let range = rest.range(of: "chrome.") {
            let name = rest[range.upperBound...].prefix { $0.isLetter || $0.isNumber }
            if !name.isEmpty { names.insert(String(name)) }
            rest = rest[range.upperBound...]
        }
        return names
    }

    /// The plain names read inside each `{{#chrome.<section>}} … {{/chrome.<section>}}`.
    static func sectionNames(in text: String) -> [String: Set<String>] {
        var found: [String: Set<String>] = [:]
        for section in chromeNames(in: text) {
            var rest = Substring(text)
            while let open = rest.range(of: "{{#chrome.\(section)}}"), let close = rest[open.upperBound...].range(of: "{{/chrome.\(section)}}") {
                let body = rest[open.upperBound..<close.lowerBound]
                for tag in body.components(separatedBy: "{{").dropFirst() {
                    let inner = tag.prefix { $0 != "}" }.trimmingCharacters(in: CharacterSet(charactersIn: "#^/{& "))
                    guard !inner.isEmpty, inner != "t", !inner.contains(".") else { continue }
                    found[section, default: []].insert(inner)
                }
                rest = rest[close.upperBound...]
            }
        }
        return found
    }

    @Test("every chrome name a template reads is answered")
    func everyNameIsAnswered() throws {
        let texts = try Self.templateTexts()
        let names = texts.reduce(into: Set<String>()) { $0.formUnion(Self.chromeNames(in: $1.text)) }
        #expect(names.count >= 15, "\(names.sorted())")
        let unanswered = names.filter { Self.chrome.child(named: $0) == nil }
        #expect(unanswered.isEmpty, "templates read chrome.\(unanswered.sorted()) but PageChrome.child(named:) does not answer them")
    }

    @Test("inside a chrome section, every name read from its element is answered")
    func everyElementNameIsAnswered() throws {
        for (template, text) in try Self.templateTexts() {
            for (section, names) in Self.sectionNames(in: text) {
                let value = Self.chrome.child(named: section)
                let element: Any? = (value as? [Any])?.first ?? value
                for name in names {
                    let answer: Any?
                    switch element {
                    case let parent as any MustacheParentForTests: answer = parent.answer(name)
                    case let dictionary as [String: String]: answer = dictionary[name]
                    default: answer = nil
                    }
                    // Names of the chrome itself (`csrf`, `path`) are looked up outside the element.
                    let fromChrome = Self.chrome.child(named: name)
                    #expect(answer != nil || fromChrome != nil, "\(template): {{#chrome.\(section)}} reads \(name), which nothing answers")
                }
            }
        }
    }

    @Test("the checks notice a name nobody answers")
    func theChecksCanFail() {
        #expect(Self.chrome.child(named: "nonexistent") == nil)
        #expect(Self.chromeNames(in: "<p>{{chrome.appTitle}} {{#chrome.notice}}{{text}}{{/chrome.notice}}</p>") == ["appTitle", "notice"])
        #expect(Self.sectionNames(in: "{{#chrome.notice}}{{text}} {{#t}}x{{/t}} {{chrome.csrf}}{{/chrome.notice}}") == ["notice": ["text"]])
    }
}

/// The element types of the chrome's sections, asked by name as Mustache asks them.
protocol MustacheParentForTests {
    func answer(_ name: String) -> Any?
}

extension PageChrome.Notice: MustacheParentForTests {
    func answer(_ name: String) -> Any? { child(named: name) }
}

extension AnnouncementBanner: MustacheParentForTests {
    func answer(_ name: String) -> Any? { child(named: name) }
}
