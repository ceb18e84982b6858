/// The usable translations of one `.po` file for one language, ready for lookups.
///
/// Fuzzy and untranslated entries are left out, as gettext leaves them out, and so are
/// translations whose `{placeholders}` differ from the source (reported in ``problems``), so a
/// lookup either finds a correct translation or falls back.
public struct MessageCatalog: Sendable {
    /// A translation: one text, or one text per plural form.
    enum Translation: Sendable {
        case single(String)
        case plural([String])
    }

    /// The language, a normalized BCP 47 tag.
    public let languageTag: String
    /// The plural rule: the file's `Plural-Forms`, else the built-in one for the language.
    public let pluralRule: PluralRule
    /// Why entries were left out, or why the header's plural rule was not used.
    public let problems: [LocalizationError]
    let translations: [POEntryKey: Translation]

    /// Builds the catalogue for `languageTag` from a parsed file.
    public init(file: POFile, languageTag: String) {
        var problems: [LocalizationError] = []
        let headerRule = file.header["Plural-Forms"].flatMap(PluralRule.init(header:))
        if headerRule == nil, let written = file.header["Plural-Forms"] {
            problems.append(.invalidPluralForms(path: file.path, value: written))
        }
        var translations: [POEntryKey: Translation] = [:]
        for entry in file.entries where !entry.isFuzzy && entry.isTranslated {
            let allowed = Placeholders.names(in: entry.msgid).union(Placeholders.names(in: entry.msgidPlural ?? ""))
            let required = entry.msgidPlural == nil ? allowed : []
            guard entry.translations.allSatisfy({ Placeholders.fits($0, allowed: allowed, required: required) }) else {
                problems.append(.placeholderMismatch(path: file.path, line: entry.line, msgid: entry.msgid))
                continue
            }
            let key = POEntryKey(context: entry.context, msgid: entry.msgid)
            translations[key] = entry.msgidPlural == nil ? .single(entry.translations[0]) : .plural(entry.translations)
        }
        self.languageTag = languageTag
        self.pluralRule = headerRule ?? PluralRule.builtIn(for: languageTag) ?? .english
        self.problems = problems
        self.translations = translations
    }

    /// The translation of `msgid` (in `context`), or `nil`; for a plural entry, its first form.
    public func translation(of msgid: String, context: String? = nil) -> String? {
        switch translations[POEntryKey(context: context, msgid: msgid)] {
        case .single(let text): return text
        case .plural(let forms): return forms.first
        case nil: return nil
        }
    }

    /// The plural form of `msgid` that `count` selects, or `nil` when the entry is missing, has no
    /// plural forms, or the rule picks a form the translator did not write.
    public func translation(of msgid: String, context: String? = nil, count: Int) -> String? {
        guard case .plural(let forms) = translations[POEntryKey(context: context, msgid: msgid)],
            let index = pluralRule.formIndex(for: count), forms.indices.contains(index)
        else { return nil }
        return forms[index]
    }

    /// Whether the catalogue translates `msgid` (in `context`).
    public func contains(_ msgid: String, context: String? = nil) -> Bool {
        translations[POEntryKey(context: context, msgid: msgid)] != nil
    }
}
