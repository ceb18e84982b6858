/// One entry of a gettext `.po` file: a source message and its translation.
public struct POEntry: Sendable, Hashable {
    /// The `msgctxt` that tells apart two uses of the same English text; `nil` when absent.
    public var context: String?
    /// The source message (`msgid`), English with `{name}` placeholders.
    public var msgid: String
    /// The English plural source (`msgid_plural`), for entries with plural forms.
    public var msgidPlural: String?
    /// The translations: one `msgstr`, or `msgstr[0]`, `msgstr[1]`… in plural-index order.
    public var translations: [String]
    /// The `#,` flags, such as `fuzzy` or `python-brace-format`.
    public var flags: Set<String>
    /// The `#:` source references, as written.
    public var references: [String]
    /// The `#.` comments extracted from the source for translators.
    public var extractedComments: [String]
    /// The 1-based line of the entry's first line (its first comment or keyword).
    public var line: Int

    /// Creates an entry.
    public init(
        context: String? = nil, msgid: String, msgidPlural: String? = nil, translations: [String],
        flags: Set<String> = [], references: [String] = [], extractedComments: [String] = [], line: Int = 0
    ) {
        self.context = context
        self.msgid = msgid
        self.msgidPlural = msgidPlural
        self.translations = translations
        self.flags = flags
        self.references = references
        self.extractedComments = extractedComments
        self.line = line
    }

    /// Whether a translator marked the entry as needing review; gettext ignores such entries.
    public var isFuzzy: Bool { flags.contains("fuzzy") }

    /// Whether every form is translated (no `msgstr` is empty).
    public var isTranslated: Bool { !translations.isEmpty && translations.allSatisfy { !$0.isEmpty } }

    /// Whether this is the header entry (empty `msgid`, no context), which holds the metadata.
    public var isHeader: Bool { msgid.isEmpty && context == nil }
}
