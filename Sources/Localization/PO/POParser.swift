/// The line-by-line state machine behind ``POReader``.
struct POParser {
    enum Field: Equatable {
        case context, msgid, msgidPlural, translation(Int)
    }

    let path: String
    private var entry = PendingEntry()
    private var lastField: Field?
    private var entries: [POEntry] = []
    private var header: [String: String] = [:]
    private var firstLines: [POEntryKey: Int] = [:]

    init(path: String) {
        self.path = path
    }

    mutating func consume(_ line: Substring, number: Int) throws(LocalizationError) {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        if trimmed.isEmpty {
            if entry.msgid != nil || entry.context != nil { try flush(number: number) }
            return
        }
        if trimmed.hasPrefix("#") {
            try comment(trimmed, number: number)
            return
        }
        if trimmed.hasPrefix("\"") {
            guard let lastField else { throw .unexpectedLine(path: path, line: number, text: String(trimmed)) }
            let value = try POString.parse(trimmed, path: path, line: number)
            append(value, to: lastField)
            return
        }
        try keyword(trimmed, number: number)
    }

    mutating func finish(lastLine: Int) throws(LocalizationError) -> POFile {
        if entry.msgid != nil || entry.context != nil { try flush(number: lastLine + 1) }
        return POFile(path: path, header: header, entries: entries)
    }

    private mutating func comment(_ line: Substring, number: Int) throws(LocalizationError) {
        // Obsolete entries (#~) are kept by tools for reuse but are not part of the catalogue.
        if line.hasPrefix("#~") { return }
        if entry.hasTranslation { try flush(number: number) }
        if entry.firstLine == nil { entry.firstLine = number }
        let body = line.dropFirst(2).trimmingSpaces
        if line.hasPrefix("#,") {
            for flag in body.split(separator: ",") { entry.flags.insert(flag.trimmingSpaces) }
        } else if line.hasPrefix("#:") {
            entry.references += body.split(separator: " ").map(String.init)
        } else if line.hasPrefix("#.") {
            entry.extractedComments.append(body)
        }
    }

    private mutating func keyword(_ line: Substring, number: Int) throws(LocalizationError) {
        let name = line.prefix { $0 != " " && $0 != "\t" && $0 != "\"" }
        let rest = line.dropFirst(name.count).drop { $0 == " " || $0 == "\t" }
        guard rest.hasPrefix("\"") else { throw .unexpectedLine(path: path, line: number, text: String(line)) }
        let field = try field(named: name, number: number)
        if (field == .context || field == .msgid) && entry.hasTranslation { try flush(number: number) }
        guard entry.accepts(field) else {
            throw .misplacedKeyword(path: path, line: number, keyword: String(name))
        }
        if entry.firstLine == nil { entry.firstLine = number }
        let value = try POString.parse(rest, path: path, line: number)
        switch field {
        case .context: entry.context = ""
        case .msgid: entry.msgid = ""
        case .msgidPlural: entry.msgidPlural = ""
        case .translation: entry.translations.append("")
        }
        append(value, to: field)
        lastField = field
    }

    private func field(named name: Substring, number: Int) throws(LocalizationError) -> Field {
        switch name {
        case "msgctxt": return .context
        case "msgid": return .msgid
        case "msgid_plural": return .msgidPlural
        case "msgstr": return .translation(-1)
        default:
            guard name.hasPrefix("msgstr["), name.hasSuffix("]"),
                let index = Int(name.dropFirst(7).dropLast()), (0..<100).contains(index)
            else { throw .unexpectedLine(path: path, line: number, text: String(name)) }
            return .translation(index)
        }
    }

    private mutating func append(_ value: String, to field: Field) {
        switch field {
        case .context: entry.context = (entry.context ?? "") + value
        case .msgid: entry.msgid = (entry.msgid ?? "") + value
        case .msgidPlural: entry.msgidPlural = (entry.msgidPlural ?? "") + value
        case .translation:
            if let last = entry.translations.indices.last { entry.translations[last] += value }
        }
    }

    private mutating func flush(number: Int) throws(LocalizationError) {
        let line = entry.firstLine ?? number
        guard let msgid = entry.msgid else { throw .incompleteEntry(path: path, line: line, missing: "msgid") }
        guard entry.hasTranslation else { throw .incompleteEntry(path: path, line: line, missing: "msgstr") }
        let finished = POEntry(
            context: entry.context, msgid: msgid, msgidPlural: entry.msgidPlural, translations: entry.translations,
            flags: entry.flags, references: entry.references, extractedComments: entry.extractedComments, line: line)
        entry = PendingEntry()
        lastField = nil
        let key = POEntryKey(context: finished.context, msgid: finished.msgid)
        if let first = firstLines[key] {
            throw .duplicateMessage(path: path, line: line, msgid: msgid, firstLine: first)
        }
        firstLines[key] = line
        if finished.isHeader {
            // A fuzzy header is ignored, as msgfmt does; the built-in plural rule then applies.
            if !finished.isFuzzy { header = POFile.headerFields(finished.translations.first ?? "") }
        } else {
            entries.append(finished)
        }
    }
}

/// A message's identity inside one catalogue: its context and its source text.
struct POEntryKey: Hashable, Sendable {
    var context: String?
    var msgid: String
}
