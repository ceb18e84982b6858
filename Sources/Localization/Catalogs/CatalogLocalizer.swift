/// Renders messages in one person's languages from ``MessageCatalogs``: each message from the
/// first language and layer that translates it, else the English source, never a raw key.
///
/// A localizer holds the catalogues as they were when it was made, so one page renders from one
/// consistent set; make a new one (per request) to see changed files.
public struct CatalogLocalizer: MessageLocalizer {
    /// The languages tried, in order; always ends with `en`.
    public let chain: [String]
    let snapshot: CatalogSnapshot
    let renames: NounRenames
    let missing: MissingMessageLog

    init(chain: [String], snapshot: CatalogSnapshot, renames: NounRenames, missing: MissingMessageLog) {
        self.chain = chain
        self.snapshot = snapshot
        self.renames = renames
        self.missing = missing
    }

    /// The person's best available language; `en` when none of theirs has a catalogue.
    public var languageTag: String { chain.first ?? "en" }

    /// Its languages and the catalogues it reads, as loaded (renames are fixed per set of catalogues).
    public var cacheIdentity: LocalizerIdentity? { LocalizerIdentity(chain: chain, generation: snapshot.generation) }

    /// The message in the best language that translates it, placeholders filled in.
    public func text(_ message: LocalizableMessage) -> String {
        text(message, context: nil)
    }

    /// The message as translated for `context` (gettext's `msgctxt`), placeholders filled in.
    public func text(_ message: LocalizableMessage, context: String?) -> String {
        let found = find(message.msgid, context: context) { $0.translation(of: message.msgid, context: context) }
        let (template, tag) = found ?? (message.msgid, "en")
        return LocalizableMessage.fill(renames.apply(to: template, languageTag: tag), with: message.arguments)
    }

    /// The plural form that `count` selects, in the best language that translates it; `{count}`
    /// is filled in with `count` along with the message's own placeholders.
    public func text(_ message: LocalizableMessage, plural: String, count: Int) -> String {
        var arguments = message.arguments
        arguments["count"] = String(count)
        let found = find(message.msgid, context: nil) { $0.translation(of: message.msgid, count: count) }
        let (template, tag) = found ?? (PluralRule.english.formIndex(for: count) == 0 ? message.msgid : plural, "en")
        return LocalizableMessage.fill(renames.apply(to: template, languageTag: tag), with: arguments)
    }

    /// The first translation `lookup` finds along the chain, with the language it is in; records
    /// a miss when the text falls back past the person's own language.
    private func find(
        _ msgid: String, context: String?, lookup: (MessageCatalog) -> String?
    ) -> (String, String)? {
        for tag in chain {
            for layer in snapshot.layers {
                guard let catalog = layer[tag], let text = lookup(catalog) else { continue }
                if language(of: tag) != language(of: languageTag) {
                    missing.record(msgid: msgid, context: context, languageTag: languageTag, shownIn: tag)
                }
                return (text, tag)
            }
        }
        // Without any catalogue for the person's language there is nothing to report as missing.
        if snapshot.has(languageTag) {
            missing.record(msgid: msgid, context: context, languageTag: languageTag, shownIn: "source")
        }
        return nil
    }

    private func language(of tag: String) -> Substring {
        tag.prefix { $0 != "-" }
    }
}
