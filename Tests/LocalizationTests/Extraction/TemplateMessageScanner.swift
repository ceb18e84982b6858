import Foundation

/// Finds `{{#t}}…{{/t}}` sections in Mustache templates: the web UI's translated static text.
enum TemplateMessageScanner {
    static func scan(_ template: String, file: String) -> [ExtractedMessage] {
        var messages: [ExtractedMessage] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{#t}}") {
            guard let close = rest[open.upperBound...].range(of: "{{/t}}") else { break }
            // The same message id the web UI looks up at run time (its `Translation.msgid`):
            // whitespace collapsed, `{{name}}` written `{name}`.
            let text = rest[open.upperBound..<close.lowerBound].split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                .replacingOccurrences(of: "{{", with: "{").replacingOccurrences(of: "}}", with: "}")
            let line = template[..<open.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            // The id the web UI looks up (WebUI's Translation.msgid): whitespace collapsed and
            // `{{name}}` written `{name}`, as catalogues write placeholders.
            let msgid = text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                .replacingOccurrences(of: "{{", with: "{").replacingOccurrences(of: "}}", with: "}")
            if !msgid.isEmpty {
                messages.append(ExtractedMessage(msgid: msgid, msgidPlural: nil, references: [file + ":" + String(line)]))
            }
            rest = rest[close.upperBound...]
        }
        return messages
    }
}
