/// Turns messages into text in one language.
///
/// Front ends render every user-visible string through a localizer chosen per person (their
/// choice, else `Accept-Language`). Message catalogues loaded from `locales/` implement it; a
/// missing translation falls back along the locale chain and finally to the English source.
public protocol MessageLocalizer: Sendable {
    /// The BCP 47 tag of the language this localizer produces, for example `pt-BR`.
    var languageTag: String { get }

    /// The message in this language, with its placeholders filled in.
    func text(_ message: LocalizableMessage) -> String

    /// The message in the plural form that `count` selects in this language, with its placeholders
    /// (and `{count}`) filled in. `plural` is the English plural source string.
    func text(_ message: LocalizableMessage, plural: String, count: Int) -> String

    /// Equal for two localizers that turn every message into the same text, so caches of
    /// translated or rendered text can be shared between them; `nil` (the default) when that is
    /// not known, and nothing made with this localizer may be cached.
    var cacheIdentity: LocalizerIdentity? { get }
}

extension MessageLocalizer {
    /// Not known: nothing this localizer translates is cached.
    public var cacheIdentity: LocalizerIdentity? { nil }
}

/// What a localizer's texts depend on: its languages, and which version of which catalogues
/// (with their renames) it reads. Two localizers with equal identities translate alike.
public struct LocalizerIdentity: Hashable, Sendable {
    /// The languages tried, in order.
    public let chain: [String]
    /// Which loaded set of catalogues: unique per load in this process, `0` for none.
    public let generation: Int

    /// An identity for a localizer trying `chain` in the catalogues of `generation`.
    public init(chain: [String], generation: Int) {
        self.chain = chain
        self.generation = generation
    }
}

/// The English source strings, unchanged: the last step of every fallback chain.
public struct SourceLanguageLocalizer: MessageLocalizer {
    /// Creates the source-language localizer.
    public init() {}

    /// Always `en`.
    public var languageTag: String { "en" }

    /// The English source, read from no catalogue.
    public var cacheIdentity: LocalizerIdentity? { LocalizerIdentity(chain: ["en"], generation: 0) }

    /// The message's English source text.
    public func text(_ message: LocalizableMessage) -> String { message.sourceText }

    /// English plural rule: one for 1, other otherwise.
    public func text(_ message: LocalizableMessage, plural: String, count: Int) -> String {
        var arguments = message.arguments
        arguments["count"] = String(count)
        return LocalizableMessage.fill(count == 1 ? message.msgid : plural, with: arguments)
    }
}
