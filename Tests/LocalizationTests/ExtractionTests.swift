import Foundation
import Testing

@testable import Localization

struct ExtractionTests {
    @Test("Swift literals: escapes, multi-line with continuation, plural:, templates chosen by a switch, comments skipped, interpolation refused")
    func swiftLiterals() throws {
        let source = try String(contentsOfFile: Fixtures.path("extraction/Sample.swift.txt"), encoding: .utf8)
        var scanner = SwiftMessageScanner(source: source, file: "Sample.swift")
        scanner.scan()
        #expect(scanner.messages.map(\.msgid) == [
            "Cloud {cloud} has \"quotes\" and a \\ backslash.",
            "A multi-line message that continues on the next line.",
            "{count} instance",
            "Try again later.",
            "Ask {who} for help.",
        ])
        #expect(scanner.messages.map(\.msgidPlural) == [nil, nil, "{count} instances", nil, nil])
        #expect(scanner.messages.last?.references == ["Sample.swift:28"])
        #expect(scanner.messages.first?.references == ["Sample.swift:9"])
        #expect(scanner.problems == [ExtractionProblem(reference: "Sample.swift:20", problem: "the message interpolates or uses an unsupported escape")])
    }

    @Test("templates: {{#t}} sections, trimmed; empty ones skipped")
    func templates() throws {
        let template = try String(contentsOfFile: Fixtures.path("extraction/page.mustache"), encoding: .utf8)
        let messages = TemplateMessageScanner.scan(template, file: "page.mustache")
        #expect(messages.map(\.msgid) == ["Your instances", "Launch one to get started."])
        #expect(messages.map(\.references) == [["page.mustache:1"], ["page.mustache:2"]])
    }

    @Test("written PO text reads back to the same entries")
    func roundTrip() throws {
        let entries = [
            POEntry(msgid: "Line one\nline \"two\"", translations: ["Uno\nDos"], flags: ["python-brace-format"], references: ["a.swift:1"]),
            POEntry(context: "verb", msgid: "{count} file", msgidPlural: "{count} files", translations: ["{count} a", "{count} b"]),
        ]
        let text = POWriter.render(header: [("Language", "es")], entries: entries)
        let file = try POReader.parse(text, path: "round-trip.po")
        #expect(file.header == ["Language": "es"])
        #expect(file.entries.map { [$0.msgid, $0.msgidPlural ?? "", $0.context ?? ""] + $0.translations } == entries.map { [$0.msgid, $0.msgidPlural ?? "", $0.context ?? ""] + $0.translations })
        #expect(file.entries.first?.flags == ["python-brace-format"])
    }
}
