import Foundation

@testable import Localization

/// Every translatable string of the repository: `LocalizableMessage` literals in `Sources/` and
/// `{{#t}}` sections in the web UI's templates, as `locales/exosphere.pot` should hold them.
struct MessageTemplate {
    var messages: [ExtractedMessage] = []
    var problems: [ExtractionProblem] = []

    init(root: String) throws {
        var found: [[ExtractedMessage]] = []
        for relative in Self.files(under: root + "/Sources", suffix: ".swift") {
            let source = try String(contentsOfFile: root + "/Sources/" + relative, encoding: .utf8)
            var scanner = SwiftMessageScanner(source: source, file: "Sources/" + relative)
            scanner.scan()
            found.append(scanner.messages)
            problems += scanner.problems
        }
        found += try Self.templateMessages(root: root)
        var byID: [String: Int] = [:]
        // An empty literal (a placeholder for cases worded elsewhere) is no message; as a msgid it
        // would collide with the catalogue header.
        for message in found.joined() where !message.msgid.isEmpty {
            if let index = byID[message.msgid] {
                messages[index].references += message.references
                messages[index].msgidPlural = messages[index].msgidPlural ?? message.msgidPlural
            } else {
                byID[message.msgid] = messages.count
                messages.append(message)
            }
        }
    }

    private static func files(under directory: String, suffix: String) -> [String] {
        let paths = FileManager.default.subpaths(atPath: directory) ?? []
        return paths.filter { $0.hasSuffix(suffix) }.sorted()
    }

    /// The web UI's templates; the folder may not exist yet, which means no template strings.
    private static func templateMessages(root: String) throws -> [[ExtractedMessage]] {
        let folder = "Sources/WebUI/Resources/templates"
        return try files(under: root + "/" + folder, suffix: ".mustache").map { relative in
            let text = try String(contentsOfFile: root + "/" + folder + "/" + relative, encoding: .utf8)
            return TemplateMessageScanner.scan(text, file: folder + "/" + relative)
        }
    }

    /// The files of `file:line` references, each once: line numbers would make the template stale
    /// at every edit of a file with messages.
    private static func files(of references: [String]) -> [String] {
        var seen: Set<String> = []
        return references.map { String($0.prefix { $0 != ":" }) }.filter { seen.insert($0).inserted }
    }

    /// The `.pot` text: no dates, versions or line numbers, so it only changes when the strings do.
    var potText: String {
        let header: [(name: String, value: String)] = [
            ("Project-Id-Version", "exosphere"), ("Language", ""),
            ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"), ("Plural-Forms", "nplurals=INTEGER; plural=EXPRESSION;"),
        ]
        let entries = messages.map { message in
            POEntry(
                msgid: message.msgid, msgidPlural: message.msgidPlural,
                translations: message.msgidPlural == nil ? [""] : ["", ""],
                flags: Placeholders.names(in: message.msgid).isEmpty ? [] : ["python-brace-format"],
                references: Self.files(of: message.references))
        }
        return POWriter.render(header: header, entries: entries)
    }
}
