/// Writes gettext `.po` and `.pot` text that ``POReader``, msgfmt, Poedit and Weblate read.
public enum POWriter {
    /// The file text: a header entry with `header` fields in order, then each entry with its
    /// extracted comments, references and flags.
    public static func render(header: [(name: String, value: String)], entries: [POEntry]) -> String {
        var text = "msgid \"\"\nmsgstr \"\"\n"
        for (name, value) in header { text += quoted(name + ": " + value + "\n") + "\n" }
        for entry in entries {
            text += "\n"
            for comment in entry.extractedComments { text += "#. " + comment + "\n" }
            if !entry.references.isEmpty { text += "#: " + entry.references.joined(separator: " ") + "\n" }
            if !entry.flags.isEmpty { text += "#, " + entry.flags.sorted().joined(separator: ", ") + "\n" }
            if let context = entry.context { text += field("msgctxt", context) }
            text += field("msgid", entry.msgid)
            if let plural = entry.msgidPlural {
                text += field("msgid_plural", plural)
                for (index, form) in entry.translations.enumerated() { text += field("msgstr[\(index)]", form) }
            } else {
                text += field("msgstr", entry.translations.first ?? "")
            }
        }
        return text
    }

    /// `keyword "value"`, or for text with line breaks `keyword ""` and one string per line.
    private static func field(_ keyword: String, _ value: String) -> String {
        let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > 1 else { return keyword + " " + quoted(value) + "\n" }
        var text = keyword + " \"\"\n"
        for (index, line) in lines.enumerated() where !(index == lines.count - 1 && line.isEmpty) {
            text += quoted(String(line) + (index < lines.count - 1 ? "\n" : "")) + "\n"
        }
        return text
    }

    private static func quoted(_ value: String) -> String {
        var text = "\""
        for character in value {
            switch character {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            default: text.append(character)
            }
        }
        return text + "\""
    }
}
