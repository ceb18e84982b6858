extension POParser {
    /// The entry being read, before it is complete.
    struct PendingEntry {
        var context: String?
        var msgid: String?
        var msgidPlural: String?
        var translations: [String] = []
        var flags: Set<String> = []
        var references: [String] = []
        var extractedComments: [String] = []
        var firstLine: Int?

        var hasTranslation: Bool { !translations.isEmpty }
    }
}

extension POParser.PendingEntry {
    /// Whether `field` may come next: `msgctxt`, then `msgid`, then `msgid_plural` with `msgstr[0]`,
    /// `msgstr[1]`… in order, or a single `msgstr`.
    func accepts(_ field: POParser.Field) -> Bool {
        switch field {
        case .context: return context == nil && msgid == nil
        case .msgid: return msgid == nil
        case .msgidPlural: return msgid != nil && msgidPlural == nil && translations.isEmpty
        case .translation(let index):
            guard msgid != nil else { return false }
            if index < 0 { return msgidPlural == nil && translations.isEmpty }
            return msgidPlural != nil && index == translations.count
        }
    }
}
