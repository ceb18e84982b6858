import Foundation

/// Finds `{{#t}}…{{/t}}` sections in Mustache templates: the web UI's translated static text.
enum TemplateMessageScanner {
    static func scan(_ template: String, file: String) -> [ExtractedMessage] {
        var messages: [ExtractedMessage] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{#t}}") {
            guard let close = rest[open.upperBound...].range(of: "{{/t}}") else { break }
            let text = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
            let line = template[..<open.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            if !text.isEmpty {
                messages.append(ExtractedMessage(msgid: text, msgidPlural: nil, references: [file + ":" + String(line)]))
            }
            rest = rest[close.upperBound...]
        }
        return messages
    }
}
